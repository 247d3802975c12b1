package org.kafo.web.alert.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.kafo.web.alert.AlertViews;
import org.kafo.web.faces.PageMessages;

/** The owner's answers to the offers to take the alert in charge: accept, decline or withdraw, with a reason by association. */
@Named
@ViewScoped
public class ClaimsForm extends AlertPageForm {

    private static final long serialVersionUID = 1L;

    @Inject
    AlertViews views;

    /** The reasons typed for declining or withdrawing, by association. */
    private final Map<String, String> reasons = new HashMap<>();

    public String accept(String tenant) {
        return page.act(null, () -> alerts.accept(caller.get(), page.uuid(), tenant, page.version()),
                PageMessages.text("alert.done.accepted", views.tenantName(tenant)));
    }

    public String decline(String tenant) {
        return page.act(null, () -> alerts.decline(caller.get(), page.uuid(), tenant, reasons.get(tenant), page.version()),
                PageMessages.text("alert.done.declined", views.tenantName(tenant)));
    }

    public String withdraw(String tenant) {
        return page.act(null, () -> alerts.withdraw(caller.get(), page.uuid(), tenant, reasons.get(tenant), page.version()),
                PageMessages.text("alert.done.withdrawn", views.tenantName(tenant)));
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
