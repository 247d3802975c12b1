package org.kafo.web.alert;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kafo.domain.alert.AlertService;
import org.kafo.domain.alert.ArrivingPerson;
import org.kafo.domain.alert.ClaimState;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/**
 * One alert: what it says, who offered to take it in charge and the owner's answers, the arrival as it happened, each
 * association's report, its timeline and the earlier versions the reader could see, and only the actions the reader
 * may take now (the permissions the domain's rule gives, in the view). The personal data section is shown to the
 * reception team only, and read (an audited read) only when they open it.
 */
@Named
@ViewScoped
public class AlertDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AlertService alerts;

    @Inject
    transient AlertViews views;

    @Inject
    CurrentCaller caller;

    private String id;
    private AlertViews.Detail detail;
    private List<AlertViews.PersonView> people;
    private String cancelReason;
    private Integer received;
    private List<String> services = new ArrayList<>();
    private String referrals;
    private String notes;
    private String personName;
    private String personAge;
    private String personPhone;
    private String personFamily;
    private String personHealth;
    /** The reasons typed for declining or withdrawing, by association. */
    private final Map<String, String> reasons = new HashMap<>();

    public void load() {
        try {
            detail = views.detail(alerts.find(caller.get(), Ids.parse(id)), caller.get());
        } catch (DomainException e) {
            PageMessages.notFound(e);
        }
    }

    public UUID uuid() {
        return Ids.parse(id);
    }

    /** The version of the alert read with the page: an action on a version changed meanwhile is a conflict. */
    public long version() {
        return detail.summary().version();
    }

    public String publish() {
        return act(null, () -> alerts.publish(caller.get(), uuid(), version()), "Alerte publiée.");
    }

    /** Offers to take the reception in charge: the owner decides (a named partner is accepted at once). */
    public String offer() {
        String[] done = new String[1];
        boolean ok = PageMessages.attempt(null, () -> done[0] = alerts.offer(caller.get(), uuid()).claimOf(caller.get().tenant())
                .filter(c -> c.is(ClaimState.ACCEPTED))
                .map(c -> "Votre association a pris l'accueil en charge : partenaire nommé, elle est acceptée d'office.")
                .orElse("Offre envoyée à " + detail.summary().ownerName() + ", qui l'acceptera ou la déclinera. Vous êtes prévenus par courriel."));
        return ok ? done(done[0]) : null;
    }

    public String accept(String tenant) {
        return act(null, () -> alerts.accept(caller.get(), uuid(), tenant, version()),
                "Offre acceptée : " + views.tenantName(tenant) + " peut enregistrer l'arrivée et voit les données personnelles.");
    }

    public String decline(String tenant) {
        return act(null, () -> alerts.decline(caller.get(), uuid(), tenant, reasons.get(tenant), version()),
                "Offre de " + views.tenantName(tenant) + " déclinée ; la raison lui est transmise.");
    }

    public String withdraw(String tenant) {
        return act(null, () -> alerts.withdraw(caller.get(), uuid(), tenant, reasons.get(tenant), version()),
                "Prise en charge de " + views.tenantName(tenant) + " retirée : elle n'a plus accès aux données personnelles.");
    }

    public String report() {
        return act("report-form", () -> alerts.fileReceptionReport(caller.get(), uuid(), ReceptionReport.of(received, services, referrals, notes),
                version()), "Compte rendu d'accueil de votre association déposé.");
    }

    public String close() {
        return act(null, () -> alerts.close(caller.get(), uuid(), version()), "Alerte clôturée.");
    }

    public String cancel() {
        return act("cancel-form", () -> alerts.cancel(caller.get(), uuid(), cancelReason, version()), "Alerte annulée.");
    }

    /** Opens the personal data: an audited read. */
    public void showPeople() {
        PageMessages.attempt(null, () -> people = alerts.people(caller.get(), uuid()).stream().map(AlertViews.PersonView::of).toList());
    }

    public String addPerson() {
        Integer age = null;
        if (personAge != null && !personAge.isBlank()) {
            try {
                age = Integer.valueOf(personAge.trim());
            } catch (NumberFormatException e) {
                PageMessages.refused("person-form", DomainException.invalid("age", "Saisissez l'âge en années."));
                return null;
            }
        }
        ArrivingPerson.Details d = new ArrivingPerson.Details(personName, age, personPhone, personFamily, personHealth);
        if (!PageMessages.attempt("person-form", () -> alerts.addPerson(caller.get(), uuid(), d))) {
            return null;
        }
        PageMessages.done("Personne enregistrée (visible de l'équipe d'accueil seulement).");
        return "/alertes/alerte.xhtml?faces-redirect=true&id=" + id + "#personnes";
    }

    private String act(String formId, Runnable action, String done) {
        return PageMessages.attempt(formId, action) ? done(done) : null;
    }

    /** After an action: its message kept over the redirect to the alert, read again. */
    public String done(String message) {
        PageMessages.done(message);
        return "/alertes/alerte.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean is(String status) {
        return detail.summary().status().equals(status);
    }

    /** The caller's association's own offer, if it made one (its state, and the owner's reason when declined or withdrawn). */
    public AlertViews.ClaimView getOwnClaim() {
        return caller.get().tenant() == null ? null
                : detail.claims().stream().filter(c -> c.tenant().equals(caller.get().tenant())).findFirst().orElse(null);
    }

    /** A partner the owner named when posting, which has not offered yet: its offer will be accepted at once. */
    public boolean isNamedPartner() {
        return detail.permissions().offer() && getOwnClaim() == null && detail.audiencePartners().contains(caller.get().tenant());
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public AlertViews.Detail getDetail() {
        return detail;
    }

    public List<AlertViews.PersonView> getPeople() {
        return people;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public Integer getReceived() {
        return received;
    }

    public void setReceived(Integer received) {
        this.received = received;
    }

    public List<String> getServices() {
        return services;
    }

    public void setServices(List<String> services) {
        this.services = services;
    }

    public String getReferrals() {
        return referrals;
    }

    public void setReferrals(String referrals) {
        this.referrals = referrals;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getPersonAge() {
        return personAge;
    }

    public void setPersonAge(String personAge) {
        this.personAge = personAge;
    }

    public String getPersonPhone() {
        return personPhone;
    }

    public void setPersonPhone(String personPhone) {
        this.personPhone = personPhone;
    }

    public String getPersonFamily() {
        return personFamily;
    }

    public void setPersonFamily(String personFamily) {
        this.personFamily = personFamily;
    }

    public String getPersonHealth() {
        return personHealth;
    }

    public void setPersonHealth(String personHealth) {
        this.personHealth = personHealth;
    }
}
