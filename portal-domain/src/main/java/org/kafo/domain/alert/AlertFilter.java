package org.kafo.domain.alert;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a list of alerts asks for. Empty {@code statuses} means the alerts still in progress (drafts
 * included: a draft is only ever visible to its owner). {@code from}/{@code to} bound the expected
 * arrival. {@link Order#ARRIVAL} answers "what arrives next, where" (recent and upcoming first, by
 * arrival time); {@link Order#RECENT} is for feeds (last changed first).
 */
public record AlertFilter(Set<AlertStatus> statuses, String arrivalPoint, String originCountry, Instant from, Instant to,
                          Order order) {

    public enum Order {
        ARRIVAL, RECENT
    }

    public AlertFilter {
        statuses = statuses == null || statuses.isEmpty()
                ? EnumSet.of(AlertStatus.DRAFT, AlertStatus.PUBLISHED, AlertStatus.TAKEN_IN_CHARGE, AlertStatus.ARRIVED, AlertStatus.REPORTED)
                : Set.copyOf(statuses);
        order = order == null ? Order.ARRIVAL : order;
    }

    public static AlertFilter inProgress() {
        return new AlertFilter(null, null, null, null, null, Order.ARRIVAL);
    }

    /** What feeds show: every published alert, newest change first. */
    public static AlertFilter published() {
        return new AlertFilter(EnumSet.complementOf(EnumSet.of(AlertStatus.DRAFT)), null, null, null, null, Order.RECENT);
    }
}
