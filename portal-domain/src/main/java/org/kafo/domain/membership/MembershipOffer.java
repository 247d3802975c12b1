package org.kafo.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;

/**
 * An invitation to join an association, sent to the address of an account that already exists. It never takes
 * the account over: it waits for the account's owner, who accepts it signed in, with the invited address still
 * theirs and verified, while they belong to no association. Anyone else is told it does not exist.
 */
@Entity
@Table(name = "membership_offer")
public class MembershipOffer {

    /** How long the owner has to accept: two weeks (people come back from the field). */
    public static final Duration LIFESPAN = Duration.ofDays(14);

    @Id
    private UUID id;

    @Column(name = "tenant_alias", nullable = false, updatable = false)
    private String tenantAlias;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String role;

    @Column(name = "offered_by", nullable = false)
    private String offeredBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected MembershipOffer() {
    }

    /** An offer of {@code role} in {@code tenantAlias} to the account {@code userId}, made by {@code by}. */
    public static MembershipOffer to(String tenantAlias, String userId, String email, MemberRole role, Caller by, Instant now) {
        MembershipOffer offer = new MembershipOffer();
        offer.id = UUID.randomUUID();
        offer.tenantAlias = tenantAlias;
        offer.userId = userId;
        offer.renew(email, role, by, now);
        return offer;
    }

    /** A second invitation of the same account to the same association: the latest role, a new delay. */
    public void renew(String email, MemberRole role, Caller by, Instant now) {
        this.email = email;
        this.role = role.code();
        this.offeredBy = by.displayName();
        this.createdAt = now;
        this.expiresAt = now.plus(LIFESPAN);
    }

    /** Whether {@code caller} is the account it was sent to: nobody else may even see it. */
    public boolean isFor(Caller caller) {
        return !caller.userId().isEmpty() && caller.userId().equals(userId);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * Refuses, in French, an acceptance that is not the owner's, or not now: the offer expired, the account's address
     * changed or is not verified, or the account joined an association meanwhile.
     */
    public void checkAcceptance(Caller caller, AccountFacts account, Instant now) {
        if (!isFor(caller) || !account.userId().equals(userId)) {
            throw notFound();
        }
        if (expired(now)) {
            throw DomainException.conflict(Message.of("membership.offer.expired"));
        }
        if (!email.equalsIgnoreCase(account.email())) {
            throw DomainException.conflict(Message.of("membership.offer.otherAddress", email));
        }
        if (!account.emailVerified()) {
            throw DomainException.forbidden(Message.of("membership.offer.unverified", email));
        }
        if (!account.associations().isEmpty()) {
            throw DomainException.conflict(Message.of("membership.offer.alreadyMember", String.join(", ", account.associations())));
        }
    }

    /** What anyone but the owner is told of an offer, and of one that does not exist: the same words. */
    public static DomainException notFound() {
        return DomainException.notFound(Message.of("membership.offer.notFound"));
    }

    public UUID id() {
        return id;
    }

    public String tenantAlias() {
        return tenantAlias;
    }

    public String userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public MemberRole role() {
        return MemberRole.fromCode(role).orElseThrow();
    }

    public String offeredBy() {
        return offeredBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
