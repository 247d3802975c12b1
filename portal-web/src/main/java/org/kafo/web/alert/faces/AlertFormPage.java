package org.kafo.web.alert.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertAction;
import org.kafo.domain.alert.AlertInput;
import org.kafo.domain.alert.AlertRule;
import org.kafo.domain.alert.AlertService;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.input.TypedValues;
import org.kafo.web.security.CurrentCaller;

/**
 * The alert form: new (full or short "compte-gouttes" form) or an update of an existing alert. The
 * fields are kept as typed; the domain checks them and its messages come back next to each field.
 */
@Named
@ViewScoped
public class AlertFormPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "alert-form";
    /** The name of the audience's radios. */
    static final String AUDIENCE = "audience-choice";

    @Inject
    AlertService alerts;

    @Inject
    CurrentCaller caller;

    private String id;
    private Long version;
    private boolean existing;
    private boolean published;
    private final AlertFields fields = AlertFields.fresh();

    /**
     * The short form's defaults: one person expelled on a scheduled flight from France to Bamako-Sénou. The audience is
     * never one of them: the person chooses who sees the alert.
     */
    public void prepareShort() {
        if (!fields.containsKey("kind")) {
            fields.put("kind", "AIR_ESCORTED");
            fields.put("originCountry", "FR");
            fields.put("arrivalPoint", "bamako-senou");
            fields.put("peopleCount", "1");
            fields.put("needs", new ArrayList<>(List.of("WELCOME", "FAMILY_CONTACT")));
        }
    }

    /** Loads the alert to update (from {@code ?id=}). */
    public void load() {
        if (id == null || existing) {
            return;
        }
        Alert a;
        try {
            a = alerts.find(caller.get(), Ids.parse(id));
            AlertRule.refusal(caller.get(), a, AlertAction.CHANGE).filter(r -> r.kind() == DomainException.Kind.FORBIDDEN).ifPresent(r -> {
                throw r;
            });
        } catch (DomainException e) {
            PageMessages.notFound(e);
            return;
        }
        existing = true;
        published = !a.draft();
        version = a.version();
        fields.putAll(AlertFields.of(a));
    }

    public String publish() {
        return save(true);
    }

    public String saveDraft() {
        return save(false);
    }

    private String save(boolean publish) {
        UUID[] saved = new UUID[1];
        // the audience's radios are plain inputs (so that the browser requires a choice): read as typed, checked by the domain
        fields.put("audience", FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(AUDIENCE));
        boolean ok = PageMessages.attempt(FORM, () -> {
            AlertInput input = fields.input();
            if (existing) {
                saved[0] = alerts.update(caller.get(), Ids.parse(id), input, version).id();
                if (publish && !published) {
                    Alert again = alerts.find(caller.get(), saved[0]);
                    alerts.publish(caller.get(), saved[0], again.version());
                }
            } else {
                saved[0] = alerts.create(caller.get(), input, publish).id();
            }
        });
        if (!ok) {
            return null;
        }
        PageMessages.done(PageMessages.text(existing ? "alert.done.updated" : publish ? "alert.done.published" : "alert.done.draft"));
        return "/alertes/alerte.xhtml?faces-redirect=true&id=" + saved[0];
    }

    /** A sensible minimum for the date-time picker: now, minus a day (late postings happen). */
    public String getArrivalMin() {
        return TypedValues.maliTime(Instant.now().minus(Duration.ofDays(1)));
    }

    public AlertFields getFields() {
        return fields;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Whether the caller may post at all (members and tenant admins of an association); the others get a hint instead. */
    public boolean isMayPost() {
        return AlertRule.mayPost(caller.get());
    }

    public boolean isExisting() {
        return existing;
    }

    public boolean isPublished() {
        return published;
    }
}
