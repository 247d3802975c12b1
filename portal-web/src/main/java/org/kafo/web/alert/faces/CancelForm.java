package org.kafo.web.alert.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kafo.domain.alert.AlertService;
import org.kafo.web.security.CurrentCaller;

/** Cancelling the alert, on its page, with the reason the others are told. */
@Named
@ViewScoped
public class CancelForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AlertService alerts;

    @Inject
    CurrentCaller caller;

    @Inject
    AlertDetailPage page;

    private String reason;

    public String cancel() {
        return page.act("cancel-form", () -> alerts.cancel(caller.get(), page.uuid(), reason, page.version()), "Alerte annulée.");
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
