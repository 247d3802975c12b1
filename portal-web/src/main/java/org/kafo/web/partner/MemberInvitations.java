package org.kafo.web.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kafo.domain.membership.Invitation;
import org.kafo.domain.membership.MemberAccount;
import org.kafo.domain.membership.MembershipOffer;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.identity.IdentityDirectory;
import org.kafo.web.partner.mail.MembershipOfferMail;

/**
 * Invitations: the account is made in one transaction ({@link MemberChanges}), the e-mail leaves once it is
 * committed. A lost e-mail is not a lost invitation: the member shows as invited, and it can be sent again. An
 * existing account is only offered the membership: its owner gets the portal's message ({@link MembershipOfferMail}).
 */
@ApplicationScoped
public class MemberInvitations {

    @Inject
    MemberChanges changes;

    @Inject
    IdentityDirectory identity;

    @Inject
    MembershipOfferMail offerMail;

    /** The account and the message: {@code offer} is set when the account existed and is only offered the membership. */
    public record Invited(MemberAccount member, boolean invitationSent, MembershipOffer offer) {

        public boolean offered() {
            return offer != null;
        }
    }

    /** Into {@code alias}, or into no association when {@code alias} is {@code null} (an observer the coordination invites). */
    public Invited invite(Caller caller, String alias, Invitation invitation) {
        if (alias == null) {
            MemberAccount member = changes.inviteUnattachedObserver(caller, invitation);
            return new Invited(member, identity.trySendInvitation(member.id()), null);
        }
        MemberChanges.Invite invite = changes.invite(caller, alias, invitation);
        if (invite.offered()) {
            return new Invited(invite.member(), offerMail.send(invite.offer()), invite.offer());
        }
        return new Invited(invite.member(), identity.trySendInvitation(invite.member().id()), null);
    }

    public Invited resend(Caller caller, String alias, String memberId) {
        MemberAccount member = changes.resendInvitation(caller, alias, memberId);
        identity.sendInvitation(member.id());
        return new Invited(member, true, null);
    }
}
