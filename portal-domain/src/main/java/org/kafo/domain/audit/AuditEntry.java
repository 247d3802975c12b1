package org.kafo.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kafo.domain.tenancy.Caller;

/** One line of the audit log. Entries are never changed nor deleted by the application. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private String actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(name = "actor_tenant", updatable = false)
    private String actorTenant;

    /** What was done, as {@code <record type>.<verb>}, e.g. {@code alert.publish}. */
    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "target_type", nullable = false, updatable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false, updatable = false)
    private String targetId;

    /** The association the record belongs to, which may read this entry. */
    @Column(name = "target_tenant", updatable = false)
    private String targetTenant;

    /** A read of personal data, rather than a write. */
    @Column(name = "sensitive_read", nullable = false, updatable = false)
    private boolean sensitiveRead;

    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Caller actor, String action, String targetType, String targetId, String targetTenant,
               boolean sensitiveRead, String detail) {
        this.at = Instant.now();
        this.actorId = actor.signedIn() ? actor.userId() : "anonyme";
        this.actorName = actor.signedIn() ? actor.username() : "anonyme";
        this.actorTenant = actor.tenant();
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.targetTenant = targetTenant;
        this.sensitiveRead = sensitiveRead;
        this.detail = detail;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public String actorTenant() {
        return actorTenant;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String targetTenant() {
        return targetTenant;
    }

    public boolean sensitiveRead() {
        return sensitiveRead;
    }

    public String detail() {
        return detail;
    }
}
