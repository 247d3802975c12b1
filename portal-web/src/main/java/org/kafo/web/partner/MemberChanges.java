package org.kafo.web.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.membership.Invitation;
import org.kafo.domain.membership.MemberAccount;
import org.kafo.domain.membership.MemberRole;
import org.kafo.domain.membership.MembershipOffer;
import org.kafo.domain.membership.MembershipOffers;
import org.kafo.domain.membership.MembershipRules;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenant.Partners;
import org.kafo.domain.tenant.Tenant;
import org.kafo.web.identity.IdentityDirectory;
import org.kafo.web.security.SessionChecks;

/**
 * Changes to an association's members, each in one transaction that locks the association's row (so
 * that changes to one association's people happen one at a time, across instances), checks the rules,
 * writes the audit entry, and makes the change in Keycloak last: if Keycloak fails, the transaction rolls
 * back and the audit log does not record what did not happen. The person's open sessions on this instance are checked
 * again at their next request, so that a role taken away or a disabled account stops acting at once.
 */
@ApplicationScoped
public class MemberChanges {

    public static final String AUDIT_TYPE = "member";

    @Inject
    Partners partners;

    @Inject
    IdentityDirectory identity;

    @Inject
    AuditLog audit;

    @Inject
    SessionChecks sessions;

    @Inject
    MembershipOffers offers;

    /** The association's members, for those who manage them. */
    public List<MemberAccount> members(Caller caller, String alias) {
        MembershipRules.requireCanManage(caller, alias);
        return identity.members(organizationId(alias));
    }

    /**
     * What an invitation did: a new (or resumed) account joined the association with its role, or someone's existing
     * account was only offered the membership ({@code offer}), which its owner accepts or not.
     */
    public record Invite(MemberAccount member, MembershipOffer offer) {

        public boolean offered() {
            return offer != null;
        }
    }

    /**
     * Creates (or resumes) the invited account in the association, with its role; an account that already exists is
     * never taken in: it is offered the membership. The e-mail is sent after commit.
     */
    @Transactional
    public Invite invite(Caller caller, String alias, Invitation invitation) {
        MembershipRules.requireCanManage(caller, alias);
        Tenant tenant = partners.locked(alias);
        MembershipRules.requireCanInvite(caller, tenant);
        String organizationId = organizationId(alias);
        IdentityDirectory.Account account = identity.ensureAccount(invitation.email(), invitation.firstName(),
                invitation.lastName(), alias);
        if (account.existing()) {
            MembershipOffer offer = offers.offer(alias, account.id(), invitation.email(), invitation.role(), caller, Instant.now());
            audit.write(caller, "member.offer", AUDIT_TYPE, account.id(), alias, invitation.email() + " : " + invitation.role().code());
            return new Invite(identity.account(account.id()), offer);
        }
        try {
            audit.write(caller, "member.invite", AUDIT_TYPE, account.id(), alias, invitation.email() + " : " + invitation.role().code());
            identity.addMember(organizationId, account.id());
            identity.setRole(account.id(), invitation.role());
        } catch (RuntimeException e) {
            if (account.created()) {
                deleteQuietly(account.id(), e);
            }
            throw e;
        }
        return new Invite(identity.account(account.id()), null);
    }

    /** The caller's own offers, still open. */
    public List<MembershipOffer> offersFor(Caller caller) {
        return offers.pendingFor(caller, Instant.now());
    }

    /**
     * The owner of an invited account accepts the offer: signed in as that account, its address the invited one and
     * verified (read from Keycloak now, not from the token), in no association, the association not suspended.
     */
    @Transactional
    public MemberAccount acceptOffer(Caller caller, UUID offerId) {
        MembershipOffer offer = offers.find(caller, offerId)
                .orElseThrow(MembershipOffer::notFound);
        Tenant tenant = partners.locked(offer.tenantAlias());
        if (!tenant.active()) {
            throw DomainException.conflict(Message.of("membership.suspendedNoNewMembers", tenant.shortName()));
        }
        offer.checkAcceptance(caller, identity.facts(caller.userId()), Instant.now());
        audit.write(caller, "member.offer-accept", AUDIT_TYPE, caller.userId(), offer.tenantAlias(),
                offer.email() + " : " + offer.role().code());
        offers.remove(offer);
        identity.addMember(organizationId(offer.tenantAlias()), caller.userId());
        identity.setRole(caller.userId(), offer.role());
        return identity.account(caller.userId());
    }

    /** The owner declines: the offer is gone, the association's admins see it in the history. */
    @Transactional
    public void declineOffer(Caller caller, UUID offerId) {
        MembershipOffer offer = offers.find(caller, offerId)
                .orElseThrow(MembershipOffer::notFound);
        audit.write(caller, "member.offer-decline", AUDIT_TYPE, caller.userId(), offer.tenantAlias(), offer.email());
        offers.remove(offer);
    }

    /** A seminar participant the coordination invites as an observer of no association. */
    @Transactional
    public MemberAccount inviteUnattachedObserver(Caller caller, Invitation invitation) {
        if (!caller.has(Role.NETWORK_ADMIN)) {
            throw DomainException.forbidden(Message.of("membership.observer.networkAdminOnly"));
        }
        IdentityDirectory.Account account = identity.ensureAccount(invitation.email(), invitation.firstName(),
                invitation.lastName(), null);
        if (account.existing()) {
            throw DomainException.conflict(Message.of("membership.observer.accountExists", invitation.email()));
        }
        try {
            audit.write(caller, "observer.invite", AUDIT_TYPE, account.id(), null, invitation.email() + " : observer");
            identity.setRole(account.id(), MemberRole.OBSERVER);
        } catch (RuntimeException e) {
            if (account.created()) {
                deleteQuietly(account.id(), e);
            }
            throw e;
        }
        return identity.account(account.id());
    }

    @Transactional
    public MemberAccount changeRole(Caller caller, String alias, String memberId, String roleCode) {
        MembershipRules.requireCanManage(caller, alias);
        MemberRole role = Invitation.requireRole(roleCode);
        partners.locked(alias);
        List<MemberAccount> members = identity.members(organizationId(alias));
        MemberAccount member = find(members, memberId);
        if (member.role() == role) {
            return member;
        }
        MembershipRules.checkRoleChange(caller, member, role, members);
        audit.write(caller, "member.role", AUDIT_TYPE, memberId, alias,
                member.email() + " : " + (member.role() == null ? "aucun" : member.role().code()) + " → " + role.code());
        identity.setRole(memberId, role);
        sessions.recheck(memberId);
        return identity.account(memberId);
    }

    @Transactional
    public MemberAccount disable(Caller caller, String alias, String memberId) {
        MembershipRules.requireCanManage(caller, alias);
        partners.locked(alias);
        List<MemberAccount> members = identity.members(organizationId(alias));
        MemberAccount member = find(members, memberId);
        if (!member.enabled()) {
            return member;
        }
        MembershipRules.checkDisable(caller, member, members);
        audit.write(caller, "member.disable", AUDIT_TYPE, memberId, alias, member.email());
        identity.setEnabled(memberId, false);
        sessions.recheck(memberId);
        return identity.account(memberId);
    }

    @Transactional
    public MemberAccount enable(Caller caller, String alias, String memberId) {
        MembershipRules.requireCanManage(caller, alias);
        partners.locked(alias);
        MemberAccount member = find(identity.members(organizationId(alias)), memberId);
        if (member.enabled()) {
            return member;
        }
        MembershipRules.checkEnable(caller, member);
        audit.write(caller, "member.enable", AUDIT_TYPE, memberId, alias, member.email());
        identity.setEnabled(memberId, true);
        return identity.account(memberId);
    }

    /** Records that the invitation was sent again; the e-mail itself leaves after commit. */
    @Transactional
    public MemberAccount resendInvitation(Caller caller, String alias, String memberId) {
        MembershipRules.requireCanManage(caller, alias);
        partners.locked(alias);
        MemberAccount member = find(identity.members(organizationId(alias)), memberId);
        if (!member.pending()) {
            throw DomainException.conflict(Message.of("membership.invitation.accepted", member.displayName()));
        }
        MembershipRules.checkEnable(caller, member);
        audit.write(caller, "member.invitation-resend", AUDIT_TYPE, memberId, alias, member.email());
        return member;
    }

    private String organizationId(String alias) {
        return identity.organization(alias).map(o -> o.getId())
                .orElseThrow(() -> DomainException.notFound(Message.of("partner.identity.unknown", alias)));
    }

    private static MemberAccount find(List<MemberAccount> members, String memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> DomainException.notFound(Message.of("membership.member.notFound")));
    }

    private void deleteQuietly(String userId, RuntimeException cause) {
        try {
            identity.deleteAccount(userId);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
