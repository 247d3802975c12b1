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
            PageMessages.info("Un compte existe déjà pour " + invited.offer().email() + " : il ne rejoint l'association que si sa ou son "
                    + "titulaire accepte l'invitation, en se connectant, d'ici le " + new Dates().date(invited.offer().expiresAt()) + ".");
            if (!invited.invitationSent()) {
                PageMessages.warn("Le courriel n'a pas pu partir : la personne trouvera l'invitation en se connectant (Mon compte).");
            }
            return;
        }
        PageMessages.info(joined);
        say(invited.invitationSent(), invited.member().email());
    }

    static void say(boolean sent, String email) {
        if (sent) {
            PageMessages.info("Une invitation a été envoyée à " + email + " : le lien reste valable trois jours.");
        } else {
            PageMessages.warn("L'invitation n'a pas pu être envoyée à " + email
                    + " (service de courriel indisponible) ; renvoyez-la depuis la liste des membres.");
        }
    }
}
