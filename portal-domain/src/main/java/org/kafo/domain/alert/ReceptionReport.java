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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kafo.domain.shared.Checks;
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
        Checks checks = Checks.start();
        ReceptionReport r = new ReceptionReport();
        r.received = checks.number("received", "alert.field.received", received, 0, AlertContent.MAX_PEOPLE).required("alert.received.missing");
        r.services = EnumSetColumn.ASSISTANCES.convertToDatabaseColumn(
                AlertContent.choices(Assistance.class, services, "services", "alert.field.services", checks));
        r.referrals = checks.text("referrals", "alert.field.referrals", referrals).max(AlertContent.MAX_LONG_TEXT).optional();
        r.notes = checks.text("notes", "alert.field.notes", notes).max(AlertContent.MAX_LONG_TEXT).optional();
        checks.throwIfAny();
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
