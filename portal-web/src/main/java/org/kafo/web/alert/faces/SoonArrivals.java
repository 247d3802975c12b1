package org.kafo.web.alert.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kafo.domain.alert.AlertFilter;
import org.kafo.domain.alert.AlertService;
import org.kafo.domain.alert.AlertStatus;
import org.kafo.web.alert.AlertViews;
import org.kafo.web.security.CurrentCaller;

/** "Where, in the next 48 hours", at the top of the alert list: per arrival point, how many alerts and people. */
@Named
@RequestScoped
public class SoonArrivals {

    /** From a little before now (a late arrival still matters) to two days ahead. */
    public static final Duration PAST = Duration.ofHours(2);
    public static final Duration AHEAD = Duration.ofHours(48);

    @Inject
    AlertService alerts;

    @Inject
    AlertViews views;

    @Inject
    CurrentCaller caller;

    private List<Soon> all;

    /** One arrival point's coming arrivals. */
    public record Soon(String point, String pointName, int alerts, int people, boolean escalated) {
    }

    public List<Soon> getAll() {
        if (all == null) {
            Instant now = Instant.now();
            var upcoming = alerts.list(caller.get(), new AlertFilter(EnumSet.of(AlertStatus.PUBLISHED, AlertStatus.TAKEN_IN_CHARGE),
                    null, null, now.minus(PAST), now.plus(AHEAD), AlertFilter.Order.ARRIVAL), 0, 200).items();
            Map<String, Soon> byPoint = new LinkedHashMap<>();
            upcoming.forEach(a -> byPoint.merge(a.content().arrivalPoint(),
                    new Soon(a.content().arrivalPoint(), views.pointName(a.content().arrivalPoint()), 1, a.content().peopleCount(),
                            a.escalatedNow()),
                    (x, y) -> new Soon(x.point(), x.pointName(), x.alerts() + 1, x.people() + y.people(), x.escalated() || y.escalated())));
            all = List.copyOf(byPoint.values());
        }
        return all;
    }
}
