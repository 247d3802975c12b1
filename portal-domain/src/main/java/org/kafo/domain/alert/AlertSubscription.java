package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/**
 * A signed-in user follows an arrival point or a region by e-mail. It remembers the subscriber's
 * association and roles as the token said when subscribing, so that each e-mail goes only to those the
 * visibility rule lets see the alert.
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

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(updatable = false)
    private String tenant;

    @Column(name = "signed_in_roles", nullable = false, updatable = false)
    private String roles;

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
        this.email = subscriber.email();
        this.tenant = subscriber.tenant();
        this.roles = subscriber.roles().stream().map(Role::claimValue).collect(Collectors.joining(" "));
        this.arrivalPoint = arrivalPoint;
        this.region = region;
        this.createdAt = now;
    }

    /** The subscriber as the visibility rule sees them. */
    public Caller subscriber() {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(" ")).forEach(r -> Role.fromClaim(r).ifPresent(parsed::add));
        return new Caller(userId, username, username, email, tenant, parsed);
    }

    public UUID id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    public String email() {
        return email;
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
