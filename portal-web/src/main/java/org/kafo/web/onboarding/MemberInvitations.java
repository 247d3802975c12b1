package org.kafo.web.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kafo.domain.membership.Invitation;
import org.kafo.domain.membership.MemberAccount;
import org.kafo.domain.tenancy.Caller;

/**
 * Invitations: the account is made in one transaction ({@link MemberChanges}), the e-mail leaves once it is
 * committed. A lost e-mail is not a lost invitation: the member shows as invited, and it can be sent again.
 */
@ApplicationScoped
public class MemberInvitations {

    @Inject
    MemberChanges changes;

    @Inject
    IdentityDirectory identity;

    public record Invited(MemberAccount member, boolean invitationSent) {
    }

    /** Into {@code alias}, or into no association when {@code alias} is {@code null} (an observer the coordination invites). */
    public Invited invite(Caller caller, String alias, Invitation invitation) {
        MemberAccount member = alias == null
                ? changes.inviteUnattachedObserver(caller, invitation)
                : changes.invite(caller, alias, invitation);
        return new Invited(member, identity.trySendInvitation(member.id()));
    }

    public Invited resend(Caller caller, String alias, String memberId) {
        MemberAccount member = changes.resendInvitation(caller, alias, memberId);
        identity.sendInvitation(member.id());
        return new Invited(member, true);
    }
}
