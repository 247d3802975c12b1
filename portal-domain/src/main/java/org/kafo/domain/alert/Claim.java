package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.kafo.domain.tenancy.Caller;

/**
 * One association's offer to take the reception of an alert in charge, and the owner's answer: offered → accepted or
 * declined; accepted → withdrawn; declined or withdrawn → offered again. One row per association and alert, changed
 * only by {@link Alert}. An accepted claim is a CAP {@code Ack}.
 */
@Entity
@Table(name = "alert_claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "alert_id", updatable = false)
    private Alert alert;

    @Column(nullable = false, updatable = false)
    private String tenant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimState state;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "offered_by", nullable = false)
    private String offeredBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    /** Why the owner declined or withdrew: for the owner, the receivers and this association only. */
    private String reason;

    /** Accepted at once because the owner named this association as a partner when it posted. */
    @Column(name = "named_partner", nullable = false)
    private boolean namedPartner;

    protected Claim() {
    }

    Claim(Alert alert, String tenant, String by, Instant now) {
        this.alert = alert;
        this.tenant = tenant;
        offer(by, now);
    }

    void offer(String by, Instant now) {
        state = ClaimState.OFFERED;
        offeredAt = now;
        offeredBy = by;
        decidedAt = null;
        decidedBy = null;
        reason = null;
        namedPartner = false;
    }

    void accept(String by, Instant now, boolean named) {
        decide(ClaimState.ACCEPTED, by, now, null);
        namedPartner = named;
    }

    void decide(ClaimState outcome, String by, Instant now, String why) {
        state = outcome;
        decidedAt = now;
        decidedBy = by;
        reason = why;
    }

    public boolean is(ClaimState s) {
        return state == s;
    }

    public String tenant() {
        return tenant;
    }

    public ClaimState state() {
        return state;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public String offeredBy() {
        return offeredBy;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public String decidedBy() {
        return decidedBy;
    }

    public boolean namedPartner() {
        return namedPartner;
    }

    /** The reason of the owner's decision, for those who may read it ({@link AlertRule#mayReadFreeText}). */
    public Optional<String> reasonFor(Caller reader) {
        return reason != null && AlertRule.mayReadFreeText(reader, alert, tenant) ? Optional.of(reason) : Optional.empty();
    }
}
