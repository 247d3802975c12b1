package org.kafo.domain.alert;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One page of a list of alerts, with the total the filter matches (for "1–20 sur 57"), the associations that took
 * each alert's reception in charge (read with the page, in the order of {@link Alert#receivers()}), and the alerts
 * where an offer waits for the owner's answer.
 */
public record AlertPage(long total, int first, int max, List<Alert> items, Map<UUID, List<String>> claimants,
                        Set<UUID> offersPending) {

    public AlertPage {
        items = List.copyOf(items);
        claimants = Map.copyOf(claimants);
        offersPending = Set.copyOf(offersPending);
    }

    public boolean offerPending(Alert alert) {
        return offersPending.contains(alert.id());
    }

    /** The associations that took this alert of the page in charge, first claim first. */
    public List<String> claimants(Alert alert) {
        return claimants.getOrDefault(alert.id(), List.of());
    }
}
