package org.kafo.web.alert;

import java.time.Instant;
import java.util.List;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertContent;
import org.kafo.domain.alert.AlertRevision;
import org.kafo.domain.alert.Claim;
import org.kafo.domain.tenancy.Visibility;

/**
 * One OASIS CAP 1.2 message about an alert. An alert's messages, in order: {@code Alert} (first
 * publication), an {@code Update} for each later version, an {@code Ack} for each association that took
 * the reception in charge, and a {@code Cancel}; each later one references the first, and all share the
 * alert's {@code incidents} value. {@code content} is the version the message carries ({@code null} for
 * an Ack).
 */
public record CapMessage(String identifier, String sender, Instant sent, String msgType, String scope, String restriction,
                         String addresses, String references, String incidents, String note, AlertContent content,
                         String senderTenant) {

    static final String SENDER_DOMAIN = "@kafo";

    /** Every message of a published alert, oldest first; none for a draft. */
    static List<CapMessage> of(Alert alert) {
        List<AlertRevision> revisions = alert.revisions();
        if (revisions.isEmpty()) {
            return List.of();
        }
        String incidents = "kafo-alert-" + alert.id();
        AlertRevision first = revisions.get(0);
        String firstRef = sender(first.authorTenant()) + "," + incidents + "-v1," + CapXml.dateTime(first.sentAt());
        String scope = scope(alert.visibility());
        String restriction = alert.visibility() == Visibility.NETWORK
                ? "Membres connectés du réseau Kafo (accueil des migrants de retour au Mali)" : null;
        String addresses = alert.visibility() == Visibility.PARTNERS ? addresses(alert) : null;

        List<CapMessage> messages = new java.util.ArrayList<>();
        for (AlertRevision r : revisions) {
            boolean isFirst = r.revision() == 1;
            messages.add(new CapMessage(incidents + "-v" + r.revision(), sender(r.authorTenant()), r.sentAt(),
                    isFirst ? "Alert" : "Update", scope, restriction, addresses, isFirst ? null : firstRef, incidents,
                    isFirst ? null : "Version " + r.revision() + " : remplace la version " + (r.revision() - 1) + ".",
                    r.content(), r.authorTenant()));
        }
        for (Claim c : alert.claims()) {
            messages.add(new CapMessage(incidents + "-ack-" + c.tenant(), sender(c.tenant()), c.claimedAt(), "Ack", scope,
                    restriction, addresses, firstRef, incidents, "Accueil pris en charge par " + c.tenant() + ".", null, c.tenant()));
        }
        alert.cancelledAt().ifPresent(at -> messages.add(new CapMessage(incidents + "-cancel", sender(alert.ownerTenant()), at,
                "Cancel", scope, restriction, addresses, firstRef, incidents, "Alerte annulée : " + alert.cancelReason(),
                alert.content(), alert.ownerTenant())));
        messages.sort(java.util.Comparator.comparing(CapMessage::sent));
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

    /** CAP addresses: space-delimited, the owner and the named partners. */
    private static String addresses(Alert alert) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(alert.partnerTenants());
        all.add(alert.ownerTenant());
        return String.join(" ", all.stream().map(CapMessage::sender).toList());
    }
}
