package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.kafo.domain.tenancy.Caller;

/**
 * A signed-in user follows an arrival point or a region by e-mail. It remembers who subscribed (the account's id) and
 * nothing of what they were then: their address, roles and association are read from the identity provider before each
 * e-mail ({@link AlertSubscriptions#recipients}), so that a right taken away since ends the e-mails with it.
 */
@Entity
@Table(name = "alert_subscription")
public class AlertSubscription {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "arrival_point", updatable = false)
    private String arrivalPoint;

    @Column(updatable = false)
    private String region;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AlertSubscription() {
    }

    AlertSubscription(Caller subscriber, String arrivalPoint, String region, Instant now) {
        this.userId = subscriber.userId();
        this.username = subscriber.username();
        this.arrivalPoint = arrivalPoint;
        this.region = region;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    public String arrivalPoint() {
        return arrivalPoint;
    }

    public String region() {
        return region;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
