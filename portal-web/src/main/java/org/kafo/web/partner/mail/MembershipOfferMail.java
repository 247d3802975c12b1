package org.kafo.web.partner.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.kafo.domain.membership.MembershipOffer;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.alert.mail.AlertMail;
import org.kafo.web.faces.Dates;
import org.kafo.web.identity.IdentitySettings;

/**
 * Tells the owner of an existing account that an association invites them: what to do (sign in, accept on
 * {@code /compte/invitations.xhtml}), until when, and that nothing happens if they do nothing. The portal's own
 * SMTP settings ({@code KAFO_SMTP_*}, {@link AlertMail}); the message names no one but the association and the
 * person who invited.
 */
@ApplicationScoped
public class MembershipOfferMail {

    static final String PAGE = "/compte/invitations.xhtml";

    @Inject
    AlertMail mail;

    @Inject
    TenantRegistry tenants;

    @Inject
    IdentitySettings settings;

    @Inject
    Dates dates;

    /** Sends the message; whether mail is configured at all (the offer stays on the page either way). */
    public boolean send(MembershipOffer offer) {
        String association = tenants.find(offer.tenantAlias()).map(Tenant::name).orElse(offer.tenantAlias());
        String page = settings.portalUrl().orElse("") + PAGE;
        String body = offer.offeredBy() + " vous invite à rejoindre « " + association + " » sur Kafo, le portail du réseau, comme "
                + offer.role().label().toLowerCase(java.util.Locale.FRENCH) + ".\n\n"
                + "Vous avez déjà un compte Kafo à cette adresse : rien ne change sans votre accord. Pour accepter, connectez-vous "
                + "puis ouvrez la page « Mes invitations » :\n\n    " + page + "\n\n"
                + "L'invitation est valable jusqu'au " + dates.date(offer.expiresAt()) + ". Votre adresse doit être vérifiée. "
                + "Si vous ne connaissez pas cette association, ignorez ce message : votre compte reste tel qu'il est.\n";
        mail.send(List.of(offer.email()), "Invitation à rejoindre " + association + " sur Kafo", body);
        return mail.enabled();
    }
}
