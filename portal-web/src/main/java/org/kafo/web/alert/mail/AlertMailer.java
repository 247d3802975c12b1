package org.kafo.web.alert.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.domain.alert.AlertSubscriptions;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.alert.AlertNames;
import org.kafo.web.alert.AlertTexts;
import org.kafo.web.identity.AssociationContacts;
import org.kafo.web.identity.IdentityDirectory;
import org.kafo.web.identity.IdentityUnavailable;

/**
 * E-mails after commit, off the request thread: a published, updated or cancelled alert to the
 * subscribers of its arrival point or region who may see it; an escalation to the network admins who may see it; an offer to take
 * an alert in charge to the owner association, and the owner's answer to the association that offered.
 * Never any personal data nor free text: the message says what the shared alert says, and links to it.
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
                    mail.send(escalationRecipients(change), "[Kafo] Accueil non pris en charge : " + change.headline(), escalation(change));
                } else {
                    List<String> to = subscriptions.recipients(change, this::accountNow);
                    mail.send(to, "[Kafo] " + subject(change) + " : " + change.headline(), body(change));
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
                mail.send(to, "[Kafo] " + offerSubject(change) + " : " + change.headline(), offerBody(change));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "offer e-mail failed for alert " + change.alertId(), e);
            }
        });
    }

    private static String offerSubject(AlertChanged c) {
        return switch (c.change()) {
            case OFFERED -> "Offre de prise en charge";
            case CLAIMED -> "Accueil pris en charge par un partenaire";
            case ACCEPTED -> "Votre offre de prise en charge est acceptée";
            case DECLINED -> "Votre offre de prise en charge est déclinée";
            default -> "Votre prise en charge est retirée";
        };
    }

    String offerBody(AlertChanged c) {
        String association = names.tenant(c.subjectTenant());
        String owner = names.tenant(c.ownerTenant());
        String what = switch (c.change()) {
            case OFFERED -> association + " propose de prendre en charge l'accueil des personnes de cette alerte de votre "
                    + "association. Acceptez ou déclinez l'offre sur la page de l'alerte : tant qu'elle n'est pas acceptée, "
                    + association + " ne voit ni les données personnelles ni les précisions de l'alerte.";
            case CLAIMED -> association + ", que vous avez nommée partenaire de cette alerte, a pris l'accueil en charge : "
                    + "elle est acceptée d'office. Vous pouvez retirer cette prise en charge sur la page de l'alerte.";
            case ACCEPTED -> owner + " a accepté l'offre de votre association : vous pouvez enregistrer l'arrivée, "
                    + "consulter les données personnelles des personnes attendues et déposer votre compte rendu d'accueil.";
            case DECLINED -> owner + " a décliné l'offre de votre association. La raison est indiquée sur la page de l'alerte ; "
                    + "vous pouvez proposer à nouveau si la situation change.";
            default -> owner + " a retiré la prise en charge de votre association : vous n'avez plus accès aux données "
                    + "personnelles de cette alerte. La raison est indiquée sur la page de l'alerte.";
        };
        return c.headline() + "\n\n" + what + "\n\n"
                + "Arrivée prévue : " + AlertTexts.dateTime(c.expectedArrival()) + " (heure du Mali)\n"
                + "Point d'arrivée : " + c.arrivalPointName() + "\n\n"
                + "Voir l'alerte : " + link(c) + "\n";
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

    private static String subject(AlertChanged c) {
        return switch (c.change()) {
            case PUBLISHED -> "Nouvelle alerte";
            case CANCELLED -> "Alerte annulée";
            default -> "Alerte mise à jour (version " + c.revision() + ")";
        };
    }

    String body(AlertChanged c) {
        return c.headline() + "\n\n"
                + "Arrivée prévue : " + AlertTexts.dateTime(c.expectedArrival()) + " (heure du Mali)\n"
                + "Point d'arrivée : " + c.arrivalPointName() + "\n"
                + "État : " + c.status().label() + "\n\n"
                + "Voir l'alerte : " + link(c) + "\n\n"
                + "Vous recevez ce courriel parce que vous suivez ce point d'arrivée ou sa région sur Kafo.\n"
                + "Gérer vos abonnements : " + base() + "/compte/abonnements.xhtml\n";
    }

    String escalation(AlertChanged c) {
        return "Aucune association n'a encore pris en charge l'accueil de cette alerte, et l'arrivée approche.\n\n"
                + c.headline() + "\n"
                + "Arrivée prévue : " + AlertTexts.dateTime(c.expectedArrival()) + " (heure du Mali)\n"
                + "Point d'arrivée : " + c.arrivalPointName() + "\n\n"
                + "Voir l'alerte : " + link(c) + "\n";
    }

    private String link(AlertChanged c) {
        return base() + "/alertes/alerte.xhtml?id=" + c.alertId();
    }

    private String base() {
        return portalUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse("http://localhost:8080");
    }
}
