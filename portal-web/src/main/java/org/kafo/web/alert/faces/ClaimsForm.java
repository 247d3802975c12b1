package org.kafo.web.alert.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.kafo.web.alert.AlertViews;

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
                "Offre acceptée : " + views.tenantName(tenant) + " peut enregistrer l'arrivée et voit les données personnelles.");
    }

    public String decline(String tenant) {
        return page.act(null, () -> alerts.decline(caller.get(), page.uuid(), tenant, reasons.get(tenant), page.version()),
                "Offre de " + views.tenantName(tenant) + " déclinée ; la raison lui est transmise.");
    }

    public String withdraw(String tenant) {
        return page.act(null, () -> alerts.withdraw(caller.get(), page.uuid(), tenant, reasons.get(tenant), page.version()),
                "Prise en charge de " + views.tenantName(tenant) + " retirée : elle n'a plus accès aux données personnelles.");
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
