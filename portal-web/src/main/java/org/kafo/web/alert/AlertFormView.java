package org.kafo.web.alert;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertAction;
import org.kafo.domain.alert.AlertContent;
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
public class AlertFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "alert-form";

    @Inject
    transient AlertService alerts;

    @Inject
    CurrentCaller caller;

    private String id;
    private Long version;
    private boolean existing;
    private boolean published;
    private final Fields fields = new Fields();

    /** Every field as typed, by the domain's field names; the page binds {@code fields['originCountry']}. */
    public static class Fields extends HashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        String text(String name) {
            Object v = get(name);
            return v == null ? null : String.valueOf(v);
        }

        /** A count; what is not a whole number is refused in French, naming the field. */
        Integer count(String name, List<DomainException.FieldError> errors) {
            return TypedValues.count(get(name), name, errors);
        }

        List<String> list(String name) {
            Object v = get(name);
            if (v instanceof Collection<?> c) {
                return c.stream().map(String::valueOf).toList();
            }
            if (v instanceof Object[] a) {
                return Arrays.stream(a).map(String::valueOf).toList();
            }
            return v == null || String.valueOf(v).isBlank() ? List.of() : List.of(String.valueOf(v));
        }
    }

    /** The short form's defaults: one person expelled on a scheduled flight from France to Bamako-Sénou. */
    public void prepareShort() {
        if (!fields.containsKey("kind")) {
            fields.put("kind", "AIR_ESCORTED");
            fields.put("originCountry", "FR");
            fields.put("arrivalPoint", "bamako-senou");
            fields.put("peopleCount", "1");
            fields.put("certainty", "LIKELY");
            fields.put("urgency", "EXPECTED");
            fields.put("severity", "MODERATE");
            fields.put("audience", "NETWORK");
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
        AlertContent c = a.content();
        existing = true;
        published = !a.draft();
        version = a.version();
        fields.put("kind", c.kind().name());
        fields.put("originCountry", c.originCountry());
        fields.put("transitCountries", new ArrayList<>(c.transitCountries()));
        fields.put("expellingAuthority", c.expellingAuthority());
        fields.put("airline", c.airline());
        fields.put("flightNumber", c.flightNumber());
        fields.put("convoy", c.convoy());
        fields.put("expectedArrival", TypedValues.maliTime(c.expectedArrival()));
        fields.put("arrivalPoint", c.arrivalPoint());
        fields.put("peopleCount", String.valueOf(c.peopleCount()));
        fields.put("men", c.men() == null ? null : String.valueOf(c.men()));
        fields.put("women", c.women() == null ? null : String.valueOf(c.women()));
        fields.put("minors", c.minors() == null ? null : String.valueOf(c.minors()));
        fields.put("unaccompaniedMinors", c.unaccompaniedMinors() == null ? null : String.valueOf(c.unaccompaniedMinors()));
        fields.put("vulnerabilities", new ArrayList<>(c.vulnerabilities().stream().map(Enum::name).toList()));
        fields.put("needs", new ArrayList<>(c.needs().stream().map(Enum::name).toList()));
        fields.put("source", c.source());
        fields.put("certainty", c.certainty().name());
        fields.put("urgency", c.urgency().name());
        fields.put("severity", c.severity().name());
        fields.put("description", c.description());
        fields.put("audience", a.audience().name());
        fields.put("partners", new ArrayList<>(a.audiencePartners()));
    }

    public String publish() {
        return save(true);
    }

    public String saveDraft() {
        return save(false);
    }

    private String save(boolean publish) {
        UUID[] saved = new UUID[1];
        boolean ok = PageMessages.attempt(FORM, () -> {
            AlertInput input = input();
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
        PageMessages.done(existing ? "Alerte mise à jour : les autres voient la nouvelle version."
                : publish ? "Alerte publiée." : "Brouillon enregistré : il reste visible de votre association seule.");
        return "/alertes/alerte.xhtml?faces-redirect=true&id=" + saved[0];
    }

    private AlertInput input() {
        List<DomainException.FieldError> errors = new ArrayList<>();
        Integer people = fields.count("peopleCount", errors);
        Integer men = fields.count("men", errors);
        Integer women = fields.count("women", errors);
        Integer minors = fields.count("minors", errors);
        Integer unaccompanied = fields.count("unaccompaniedMinors", errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new AlertInput(fields.text("kind"), fields.text("originCountry"), fields.list("transitCountries"),
                fields.text("expellingAuthority"), fields.text("airline"), fields.text("flightNumber"), fields.text("convoy"),
                arrival(), fields.text("arrivalPoint"), people, men, women, minors, unaccompanied, fields.list("vulnerabilities"),
                fields.list("needs"), fields.text("source"), fields.text("certainty"), fields.text("urgency"),
                fields.text("severity"), fields.text("description"), fields.text("audience"), fields.list("partners"));
    }

    /** The browser's date-time field, read as Mali time (UTC). */
    private Instant arrival() {
        List<DomainException.FieldError> errors = new ArrayList<>();
        Instant at = TypedValues.maliTime(fields.text("expectedArrival"), "expectedArrival", errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return at;
    }

    /** A sensible minimum for the date-time picker: now, minus a day (late postings happen). */
    public String getArrivalMin() {
        return TypedValues.maliTime(Instant.now().minus(Duration.ofDays(1)));
    }

    public Fields getFields() {
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
