package org.kafo.web.alert.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kafo.web.faces.PageMessages;

/** Cancelling the alert, on its page, with the reason the others are told. */
@Named
@ViewScoped
public class CancelForm extends AlertPageForm {

    private static final long serialVersionUID = 1L;

    private String reason;

    public String cancel() {
        return page.act("cancel-form", () -> alerts.cancel(caller.get(), page.uuid(), reason, page.version()), PageMessages.text("alert.done.cancelled"));
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
