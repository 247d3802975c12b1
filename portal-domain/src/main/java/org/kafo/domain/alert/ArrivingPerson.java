package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.DomainException.FieldError;

/**
 * Personal data of one person arriving: for the reception team only. Never in the shared alert, never
 * in search, a feed or a push; every read and write is audited; purged after the retention period.
 * Who may touch it is decided by {@link AlertRule}: the owner association and the associations whose offer it accepted.
 */
@Entity
@Table(name = "alert_person")
public class ArrivingPerson {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 2000;

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "alert_id", nullable = false, updatable = false)
    private UUID alertId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private Integer age;
    private String phone;

    @Column(name = "family_contact")
    private String familyContact;

    @Column(name = "health_notes")
    private String healthNotes;

    @Column(name = "recorded_by_tenant", nullable = false, updatable = false)
    private String recordedByTenant;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    /** What the reception team typed. */
    public record Details(String fullName, Integer age, String phone, String familyContact, String healthNotes) {
    }

    protected ArrivingPerson() {
    }

    ArrivingPerson(UUID alertId, String tenant, Details details, Instant now) {
        this.alertId = alertId;
        this.recordedByTenant = tenant;
        this.createdAt = now;
        describe(details);
    }

    void describe(Details d) {
        List<FieldError> errors = new ArrayList<>();
        String name = AlertContent.text(d == null ? null : d.fullName(), "fullName", MAX_TEXT, errors);
        if (name == null && errors.isEmpty()) {
            errors.add(new FieldError("fullName", "Le nom est obligatoire."));
        }
        if (d != null && d.age() != null && (d.age() < 0 || d.age() > 120)) {
            errors.add(new FieldError("age", "L'âge doit être compris entre 0 et 120 ans."));
        }
        String phoneNumber = AlertContent.text(d == null ? null : d.phone(), "phone", 40, errors);
        if (phoneNumber != null && !phoneNumber.matches("[+0-9 ().-]{4,40}")) {
            errors.add(new FieldError("phone", "Numéro de téléphone non reconnu (chiffres, espaces, + ( ) . -)."));
        }
        String family = AlertContent.text(d == null ? null : d.familyContact(), "familyContact", MAX_TEXT, errors);
        String health = AlertContent.text(d == null ? null : d.healthNotes(), "healthNotes", MAX_NOTES, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        this.fullName = name;
        this.age = d.age();
        this.phone = phoneNumber;
        this.familyContact = family;
        this.healthNotes = health;
    }

    public UUID id() {
        return id;
    }

    public UUID alertId() {
        return alertId;
    }

    public String fullName() {
        return fullName;
    }

    public Integer age() {
        return age;
    }

    public String phone() {
        return phone;
    }

    public String familyContact() {
        return familyContact;
    }

    public String healthNotes() {
        return healthNotes;
    }

    public String recordedByTenant() {
        return recordedByTenant;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
