package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.kafo.domain.shared.Checks;

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
        Checks checks = Checks.start();
        String name = checks.text("fullName", "alert.field.fullName", d == null ? null : d.fullName()).max(MAX_TEXT).required();
        if (d != null) {
            checks.number("age", "alert.field.age", d.age(), 0, 120).optional();
        }
        String phoneNumber = checks.phone("phone", "alert.field.phone", d == null ? null : d.phone()).optional();
        String family = checks.text("familyContact", "alert.field.familyContact", d == null ? null : d.familyContact()).max(MAX_TEXT).optional();
        String health = checks.text("healthNotes", "alert.field.healthNotes", d == null ? null : d.healthNotes()).max(MAX_NOTES).optional();
        checks.throwIfAny();
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
