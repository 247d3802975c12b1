package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.DomainException.FieldError;

/** What a reception team did: people received, services given, referrals made. No personal data here. */
@Embeddable
public class ReceptionReport {

    @Column(name = "report_received")
    private Integer received;

    @Column(name = "report_services")
    private String services;

    @Column(name = "report_referrals")
    private String referrals;

    @Column(name = "report_notes")
    private String notes;

    @Column(name = "report_filed_at")
    private Instant filedAt;

    @Column(name = "report_filed_by")
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

    ReceptionReport filed(Instant at, String tenant) {
        this.filedAt = at;
        this.filedBy = tenant;
        return this;
    }

    public Integer received() {
        return received;
    }

    public Set<Assistance> services() {
        return EnumSetColumn.ASSISTANCES.convertToEntityAttribute(services);
    }

    public String referrals() {
        return referrals;
    }

    public String notes() {
        return notes;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public String filedBy() {
        return filedBy;
    }
}
