package org.kafo.domain.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.tenancy.Visibility;

/**
 * What a list shows of an alert, read as plain values by {@link Alerts#summaries} without loading the alert
 * (its content, report, history): the same facts as the alert itself gives.
 */
public record AlertSummary(UUID id, AlertStatus status, AlertKind kind, String originCountry, String arrivalPoint,
                           Instant expectedArrival, int peopleCount, String flightNumber, String ownerTenant,
                           Visibility visibility, Set<String> partnerTenants, boolean escalatedNow, int revision,
                           long version, boolean offerPending) {

    /** As {@link AlertContent#headline(String)}. */
    public String headline(String arrivalPointName) {
        return AlertContent.headline(kind, originCountry, peopleCount, flightNumber, arrivalPointName);
    }

    /** A page of summaries, with the total the filter matches and who took each alert in charge (first accepted first). */
    public record Page(long total, int first, int max, List<AlertSummary> items, Map<UUID, List<String>> claimants) {

        public Page {
            items = List.copyOf(items);
            claimants = Map.copyOf(claimants);
        }

        public List<String> claimants(AlertSummary alert) {
            return claimants.getOrDefault(alert.id(), List.of());
        }
    }
}
