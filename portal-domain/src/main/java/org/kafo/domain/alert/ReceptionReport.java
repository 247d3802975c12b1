package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.DomainException.FieldError;
import org.kafo.domain.tenancy.Caller;

/**
 * What one reception team did: people received, services given, referrals made. Each association that received the
 * people (the owner included) files its own, once. No personal data here; the referrals and notes are free text, read
 * only by the owner and the accepted receivers.
 */
@Entity
@Table(name = "alert_report")
public class ReceptionReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "alert_id", updatable = false)
    private Alert alert;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false)
    private Integer received;

    @Column(nullable = false)
    private String services = "";

    private String referrals;

    private String notes;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "filed_by", nullable = false)
    private String filedBy;

    protected ReceptionReport() {
    }

    /** Checks what the team typed; {@code services} are {@link Assistance} names. */
    public static ReceptionReport of(Integer received, List<String> services, String referrals, String notes) {
        List<FieldError> errors = new ArrayList<>();
        ReceptionReport r = new ReceptionReport();
        if (received == null) {
            errors.add(new FieldError("received", "Indiquez le nombre de personnes reçues."));
        } else if (received < 0 || received > AlertContent.MAX_PEOPLE) {
            errors.add(new FieldError("received", "Le nombre de personnes reçues doit être compris entre 0 et " + AlertContent.MAX_PEOPLE + "."));
        }
        r.received = received;
        EnumSet<Assistance> given = EnumSet.noneOf(Assistance.class);
        if (services != null) {
            for (String s : services) {
                Assistance a = AlertContent.choice(Assistance.class, s, "services", null, errors);
                if (a != null) {
                    given.add(a);
                }
            }
        }
        r.services = EnumSetColumn.ASSISTANCES.convertToDatabaseColumn(given);
        r.referrals = AlertContent.text(referrals, "referrals", AlertContent.MAX_LONG_TEXT, errors);
        r.notes = AlertContent.text(notes, "notes", AlertContent.MAX_LONG_TEXT, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return r;
    }

    ReceptionReport filed(Alert of, Caller by, Instant at) {
        this.alert = of;
        this.tenant = by.tenant();
        this.filedBy = by.username();
        this.filedAt = at;
        return this;
    }

    /** The association whose report this is. */
    public String tenant() {
        return tenant;
    }

    public Integer received() {
        return received;
    }

    public Set<Assistance> services() {
        return EnumSetColumn.ASSISTANCES.convertToEntityAttribute(services);
    }

    /** The referrals, for those who may read free text about the people ({@link AlertRule#mayReadFreeText}). */
    public Optional<String> referralsFor(Caller reader) {
        return readable(reader, referrals);
    }

    public Optional<String> notesFor(Caller reader) {
        return readable(reader, notes);
    }

    private Optional<String> readable(Caller reader, String text) {
        return text != null && AlertRule.mayReadFreeText(reader, alert, null) ? Optional.of(text) : Optional.empty();
    }

    public Instant filedAt() {
        return filedAt;
    }

    /** The user who filed it. */
    public String filedBy() {
        return filedBy;
    }
}
