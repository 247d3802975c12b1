package org.kafo.web.alert.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.domain.alert.AlertSubscriptions;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.alert.AlertNames;
import org.kafo.web.identity.AssociationContacts;
import org.kafo.web.identity.IdentityDirectory;
import org.kafo.web.identity.IdentityUnavailable;

/**
 * E-mails after commit, off the request thread: a published, updated or cancelled alert to the
 * subscribers of its arrival point or region who may see it; an escalation to the network admins who may see it; an offer to take
 * an alert in charge to the owner association, and the owner's answer to the association that offered.
 * Never any personal data nor free text: the message says what the shared alert says, and links to it. Each recipient
 * reads it in their language ({@link IdentityDirectory#languages}, French where none is known; {@link MailText}).
 *
 * <p>Each recipient is checked before each e-mail as their account is now in Keycloak (the source of truth:
 * {@link IdentityDirectory#callerNow}, {@link IdentityDirectory#networkAdminsNow}) by the one rule of
 * {@link AlertSubscriptions#mayBeMailed}: a disabled or deleted account, a role taken away, a person who left the
 * association or whose association is suspended receives nothing. When Keycloak cannot be asked, nobody's account is
 * mailed (and it is logged); the addresses an operator configured for escalations ({@code KAFO_ALERT_ESCALATION_TO})
 * hear only of the alerts the whole network sees.
 */
@ApplicationScoped
public class AlertMailer {

    private static final Logger LOG = Logger.getLogger(AlertMailer.class.getName());

    @Inject
    AlertSubscriptions subscriptions;

    @Inject
    IdentityDirectory identity;

    /** Extra addresses for escalations, comma-separated ({@code KAFO_ALERT_ESCALATION_TO}). */
    @Inject
    @ConfigProperty(name = "kafo.alert.escalation.to")
    Optional<String> escalationTo;

    @Inject
    AlertMail mail;

    @Inject
    AssociationContacts associations;

    @Inject
    AlertNames names;

    @Inject
    @ConfigProperty(name = "kafo.portal.url")
    Optional<String> portalUrl;

    /** Off the request, in an invocation of its own (not the managed executor: see {@link MailWork}). */
    @Inject
    MailWork work;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged change) {
        if (!change.worthMailing() && change.change() != AlertChanged.Change.ESCALATED) {
            return;
        }
        work.run(() -> {
            try {
                if (change.change() == AlertChanged.Change.ESCALATED) {
                    sendEach(escalationRecipients(change), text -> subject(text, "alert.mail.escalated", change), text -> escalation(text, change));
                } else {
                    List<String> to = subscriptions.recipients(change, this::accountNow);
                    sendEach(to, text -> subject(text, subjectKey(change), change), text -> body(text, change));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "notification e-mail failed for alert " + change.alertId(), e);
            }
        });
    }

    /**
     * An offer goes to the members of the owner association, who decide; the owner's answer to the members of the
     * association it is about. Addresses read from Keycloak at the time of the mail.
     */
    void onOffer(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged change) {
        if (!change.aboutAnOffer()) {
            return;
        }
        work.run(() -> {
            try {
                boolean toOwner = change.change() == AlertChanged.Change.OFFERED || change.change() == AlertChanged.Change.CLAIMED;
                List<String> to = associations.actingFor(toOwner ? change.ownerTenant() : change.subjectTenant());
                sendEach(to, text -> subject(text, "alert.mail.offer.subject." + change.change(), change), text -> offerBody(text, change));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "offer e-mail failed for alert " + change.alertId(), e);
            }
        });
    }

    /** One message per language among the recipients, each in its recipients' language (French where none is known). */
    private void sendEach(Collection<String> to, Function<MailText, String> subject, Function<MailText, String> body) {
        Map<Locale, List<String>> byLanguage = new LinkedHashMap<>();
        identity.languages(to).forEach((address, language) -> byLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(address));
        byLanguage.forEach((language, addresses) -> {
            MailText text = MailText.in(language);
            mail.send(addresses, subject.apply(text), body.apply(text));
        });
    }

    private static String subject(MailText text, String key, AlertChanged c) {
        return text.say("alert.mail.subject", text.say(key, String.valueOf(c.revision())), c.headline());
    }

    private static String subjectKey(AlertChanged c) {
        return switch (c.change()) {
            case PUBLISHED -> "alert.mail.published";
            case CANCELLED -> "alert.mail.cancelled";
            default -> "alert.mail.updated";
        };
    }

    String offerBody(MailText text, AlertChanged c) {
        String association = names.tenant(c.subjectTenant());
        String owner = names.tenant(c.ownerTenant());
        String what = switch (c.change()) {
            case OFFERED, CLAIMED -> text.say("alert.mail.offer." + c.change(), association);
            default -> text.say("alert.mail.offer." + c.change(), owner);
        };
        return c.headline() + "\n\n" + what + "\n\n"
                + text.say("alert.mail.expected", text.dateTime(c.expectedArrival())) + "\n"
                + text.say("alert.mail.point", c.arrivalPointName()) + "\n\n"
                + text.say("alert.mail.link", link(c)) + "\n";
    }

    /** The network admins who may see the alert, as their accounts are now; and the configured addresses, for what all see. */
    Set<String> escalationRecipients(AlertChanged change) {
        Set<String> to = new LinkedHashSet<>();
        try {
            identity.networkAdminsNow().stream().filter(admin -> subscriptions.mayBeMailed(admin, change))
                    .map(Caller::email).filter(e -> e != null && !e.isBlank()).forEach(to::add);
        } catch (IdentityUnavailable e) {
            LOG.warning("escalation of alert " + change.alertId() + ": Keycloak could not be asked who the network admins are; "
                    + "only the configured addresses are mailed");
        }
        if (AlertSubscriptions.mayBeMailedToTheNetwork(change)) {
            escalationTo.ifPresent(list -> Arrays.stream(list.split(",")).map(String::trim).filter(a -> !a.isEmpty()).forEach(to::add));
        }
        return to;
    }

    /** A subscriber's account now; empty when disabled or gone, and when Keycloak cannot be asked (nobody is mailed then). */
    private Optional<Caller> accountNow(String userId) {
        try {
            return identity.callerNow(userId);
        } catch (IdentityUnavailable e) {
            LOG.warning("alert e-mail: Keycloak could not be asked about a subscriber's account; not mailed");
            return Optional.empty();
        }
    }

    String body(MailText text, AlertChanged c) {
        return c.headline() + "\n\n"
                + text.say("alert.mail.expected", text.dateTime(c.expectedArrival())) + "\n"
                + text.say("alert.mail.point", c.arrivalPointName()) + "\n"
                + text.say("alert.mail.status", text.say("alert.status." + c.status().name())) + "\n\n"
                + text.say("alert.mail.link", link(c)) + "\n\n"
                + text.say("alert.mail.why") + "\n"
                + text.say("alert.mail.manage", base() + "/compte/abonnements.xhtml") + "\n";
    }

    String escalation(MailText text, AlertChanged c) {
        return text.say("alert.mail.escalation") + "\n\n"
                + c.headline() + "\n"
                + text.say("alert.mail.expected", text.dateTime(c.expectedArrival())) + "\n"
                + text.say("alert.mail.point", c.arrivalPointName()) + "\n\n"
                + text.say("alert.mail.link", link(c)) + "\n";
    }

    private String link(AlertChanged c) {
        return base() + "/alertes/alerte.xhtml?id=" + c.alertId();
    }

    private String base() {
        return portalUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse("http://localhost:8080");
    }
}
