package org.kafo.web.alert;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.alert.AlertService;
import org.kafo.domain.alert.ArrivingPerson;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.security.CurrentCaller;

/**
 * One alert: what it says, who took it in charge, its timeline and earlier versions, and the actions
 * the caller may take now. The personal data section is shown to the reception team only, and read
 * (an audited read) only when they open it.
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

    public void load() {
        try {
            detail = views.detail(alerts.find(caller.get(), AlertIds.parse(id)), caller.get());
        } catch (DomainException e) {
            PageMessages.notFound(e);
        }
    }

    private UUID uuid() {
        return AlertIds.parse(id);
    }

    private long version() {
        return detail.summary().version();
    }

    public String publish() {
        return act(() -> alerts.publish(caller.get(), uuid(), version()), "Alerte publiée.");
    }

    public String claim() {
        return act(() -> alerts.takeInCharge(caller.get(), uuid()), "Votre association a pris l'accueil en charge.");
    }

    public String arrived() {
        return act(() -> alerts.markArrived(caller.get(), uuid(), version()), "Arrivée enregistrée.");
    }

    public String report() {
        return act(() -> alerts.fileReceptionReport(caller.get(), uuid(), ReceptionReport.of(received, services, referrals, notes), version()),
                "Compte rendu d'accueil déposé.");
    }

    public String close() {
        return act(() -> alerts.close(caller.get(), uuid(), version()), "Alerte clôturée.");
    }

    public String cancel() {
        return act(() -> alerts.cancel(caller.get(), uuid(), cancelReason, version()), "Alerte annulée.");
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
                PageMessages.error("person-form", DomainException.invalid("age", "Saisissez l'âge en années."));
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

    private String act(Runnable action, String done) {
        if (!PageMessages.attempt("report-form", action)) {
            return null;
        }
        PageMessages.done(done);
        return "/alertes/alerte.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean is(String status) {
        return detail.summary().status().equals(status);
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
