package org.kafo.web.alert.feed;


import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertContent;
import org.kafo.domain.alert.AlertRevision;
import org.kafo.domain.alert.Claim;
import org.kafo.domain.alert.ClaimState;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * One OASIS CAP 1.2 message about an alert. An alert's messages, in order: {@code Alert} (first
 * publication), an {@code Update} for each later version, an {@code Ack} for each association whose offer to take
 * the reception in charge was accepted, and a {@code Cancel}; each later one references the first, and all share the
 * alert's {@code incidents} value. {@code content} is the version the message carries ({@code null} for an Ack), as
 * the reader may read it (no free text but for the owner and the receivers). A version the reader could not see when
 * it was current is not {@code visible}: it keeps its number, so that a message's address is the same for everyone.
 */
public record CapMessage(String identifier, String sender, Instant sent, String msgType, String scope, String restriction,
                         String addresses, String references, String incidents, String note, AlertContent content,
                         String senderTenant, boolean visible) {

    static final String SENDER_DOMAIN = "@kafo";

    /** Every message of a published alert, oldest first, as {@code reader} may read them; none for a draft. */
    static List<CapMessage> of(Alert alert, Caller reader) {
        List<AlertRevision> revisions = alert.revisions();
        if (revisions.isEmpty()) {
            return List.of();
        }
        String incidents = "kafo-alert-" + alert.id();
        AlertRevision first = revisions.get(0);
        String firstRef = sender(first.authorTenant()) + "," + incidents + "-v1," + CapXml.dateTime(first.sentAt());
        List<AlertRevision> readable = alert.revisionsFor(reader);

        List<CapMessage> messages = new ArrayList<>();
        for (AlertRevision r : revisions) {
            boolean isFirst = r.revision() == 1;
            messages.add(new CapMessage(incidents + "-v" + r.revision(), sender(r.authorTenant()), r.sentAt(),
                    isFirst ? "Alert" : "Update", scope(r.visibility()), restriction(r.visibility()),
                    addresses(alert.ownerTenant(), r.visibility(), r.partnerTenants()), isFirst ? null : firstRef, incidents,
                    isFirst ? null : "Version " + r.revision() + " : remplace la version " + (r.revision() - 1) + ".",
                    r.contentFor(reader), r.authorTenant(), readable.contains(r)));
        }
        String scope = scope(alert.visibility());
        String restriction = restriction(alert.visibility());
        String addresses = addresses(alert.ownerTenant(), alert.visibility(), alert.partnerTenants());
        boolean seen = VisibilityRule.canSee(reader, alert);
        for (Claim c : alert.claims()) {
            if (c.is(ClaimState.ACCEPTED)) {
                messages.add(new CapMessage(incidents + "-ack-" + c.tenant(), sender(c.tenant()), c.decidedAt().orElse(c.offeredAt()),
                        "Ack", scope, restriction, addresses, firstRef, incidents, "Accueil pris en charge par " + c.tenant() + ".",
                        null, c.tenant(), seen));
            }
        }
        alert.cancelledAt().ifPresent(at -> messages.add(new CapMessage(incidents + "-cancel", sender(alert.ownerTenant()), at,
                "Cancel", scope, restriction, addresses, firstRef, incidents,
                alert.cancelReasonFor(reader).map(why -> "Alerte annulée : " + why).orElse("Alerte annulée."),
                alert.contentFor(reader), alert.ownerTenant(), seen)));
        messages.sort(Comparator.comparing(CapMessage::sent));
        return List.copyOf(messages);
    }

    private static String sender(String tenant) {
        return tenant + SENDER_DOMAIN;
    }

    private static String scope(Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> "Public";
            case NETWORK -> "Restricted";
            case PARTNERS, PRIVATE -> "Private";
        };
    }

    private static String restriction(Visibility visibility) {
        return visibility == Visibility.NETWORK ? "Membres connectés du réseau Kafo (accueil des migrants de retour au Mali)" : null;
    }

    /** CAP addresses of a private message: space-delimited, the owner and the named partners. */
    private static String addresses(String owner, Visibility visibility, Set<String> partners) {
        if (visibility != Visibility.PARTNERS && visibility != Visibility.PRIVATE) {
            return null;
        }
        TreeSet<String> all = new TreeSet<>(partners);
        all.add(owner);
        return String.join(" ", all.stream().map(CapMessage::sender).toList());
    }
}
