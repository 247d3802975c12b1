package org.kafo.web.partner.faces;

import org.kafo.web.faces.Dates;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.partner.MemberInvitations;

/** What an invitation did, said on the page that made it: joined (with the e-mail's fate), or offered to an existing account. */
final class InvitationOutcome {

    private InvitationOutcome() {
    }

    static void say(MemberInvitations.Invited invited, String joined) {
        if (invited.offered()) {
            PageMessages.info(PageMessages.text("members.done.offered", invited.offer().email(), new Dates().date(invited.offer().expiresAt())));
            if (!invited.invitationSent()) {
                PageMessages.warn(PageMessages.text("members.done.offerNotMailed"));
            }
            return;
        }
        PageMessages.info(joined);
        say(invited.invitationSent(), invited.member().email());
    }

    static void say(boolean sent, String email) {
        if (sent) {
            PageMessages.info(PageMessages.text("members.done.invitationSent", email));
        } else {
            PageMessages.warn(PageMessages.text("members.done.invitationNotSent", email));
        }
    }
}
