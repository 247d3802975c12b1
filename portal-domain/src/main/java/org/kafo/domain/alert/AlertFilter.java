package org.kafo.domain.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kafo.domain.shared.Checks;

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

    /**
     * What a list's parameters ask for, as the API's query and the page's address give them: statuses (several, or
     * comma-separated), arrival point, origin country, period of arrival (dates, Mali time: UTC, both included). Every
     * wrong parameter is named at once.
     */
    public static AlertFilter parse(List<String> statuses, String arrivalPoint, String origin, String from, String to) {
        Checks checks = Checks.start();
        Set<AlertStatus> wanted = EnumSet.noneOf(AlertStatus.class);
        for (String s : statuses == null ? List.<String>of() : statuses) {
            for (String one : s == null ? new String[0] : s.split(",")) {
                if (!one.isBlank()) {
                    Optional<AlertStatus> status = Arrays.stream(AlertStatus.values())
                            .filter(v -> v.name().equals(one.trim().toUpperCase(Locale.ROOT))).findFirst();
                    status.ifPresent(wanted::add);
                    checks.check(status.isPresent(), "status", "alert.status.unknown", one.trim());
                }
            }
        }
        String country = checks.country("origin", "alert.field.originCountry", origin).optional();
        String point = arrivalPoint == null || arrivalPoint.isBlank() ? null : arrivalPoint.trim();
        LocalDate fromDate = checks.date("from", "alert.field.from", from).optional();
        LocalDate toDate = checks.date("to", "alert.field.to", to).optional();
        checks.check(fromDate == null || toDate == null || !toDate.isBefore(fromDate), "to", "alert.period.reversed");
        checks.throwIfAny();
        return new AlertFilter(wanted, point, country,
                fromDate == null ? null : fromDate.atStartOfDay().toInstant(ZoneOffset.UTC),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), Order.ARRIVAL);
    }

    /** What feeds show: every published alert, newest change first. */
    public static AlertFilter published() {
        return new AlertFilter(EnumSet.complementOf(EnumSet.of(AlertStatus.DRAFT)), null, null, null, null, Order.RECENT);
    }
}
