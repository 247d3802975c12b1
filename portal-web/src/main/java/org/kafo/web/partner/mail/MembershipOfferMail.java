package org.kafo.web.partner.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.kafo.domain.membership.MembershipOffer;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.alert.mail.AlertMail;
import org.kafo.web.alert.mail.MailText;
import org.kafo.web.faces.Language;
import org.kafo.web.identity.IdentityDirectory;
import org.kafo.web.identity.IdentitySettings;

/**
 * Tells the owner of an existing account that an association invites them: what to do (sign in, accept on
 * {@code /compte/invitations.xhtml}), until when, and that nothing happens if they do nothing. The portal's own
 * SMTP settings ({@code KAFO_SMTP_*}, {@link AlertMail}); the message names no one but the association and the
 * person who invited, in the language the account's holder chose (French where none is known).
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
    IdentityDirectory identity;

    /** Sends the message, in the language of the account it is for; whether mail is configured at all (the offer stays on the page either way). */
    public boolean send(MembershipOffer offer) {
        String association = tenants.find(offer.tenantAlias()).map(Tenant::name).orElse(offer.tenantAlias());
        String page = settings.portalUrl().orElse("") + PAGE;
        MailText text = MailText.in(identity.languages(List.of(offer.email())).getOrDefault(offer.email(), Language.DEFAULT));
        String body = text.say("invitations.mail.body", offer.offeredBy(), association, text.say("invitations.mail.role." + offer.role().code()),
                page, text.date(offer.expiresAt()));
        mail.send(List.of(offer.email()), text.say("invitations.mail.subject", association), body);
        return mail.enabled();
    }
}
