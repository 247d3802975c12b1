package org.kafo.web.alert;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kafo.domain.alert.AlertFilter;
import org.kafo.domain.alert.AlertRule;
import org.kafo.domain.alert.AlertService;
import org.kafo.domain.alert.AlertStatus;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/**
 * The list of alerts: first what arrives in the next 48 hours, and where; then every alert in
 * progress by arrival time, with filters in the address (so a filtered list can be bookmarked) and
 * small pages for slow phones. Refreshed in place when a push says an alert changed.
 */
@Named
@ViewScoped
public class AlertListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;
    static final Duration SOON = Duration.ofHours(48);

    @Inject
    transient AlertService alerts;

    @Inject
    transient AlertViews views;

    @Inject
    CurrentCaller caller;

    private String status;
    private String point;
    private String origin;
    private String from;
    private String to;
    private int first;

    private transient AlertViews.Page page;
    private transient List<Soon> soon;

    /** "Where, in the next 48 hours": per arrival point, how many alerts and people. */
    public record Soon(String point, String pointName, int alerts, int people, boolean escalated) {
    }

    public void load() {
        page = null;
        soon = null;
        try {
            AlertFilter filter = AlertFilter.parse(status == null ? List.of() : List.of(status), point, origin, from, to);
            var result = alerts.list(caller.get(), filter, Math.max(0, first), PAGE);
            page = new AlertViews.Page(result.total(), result.first(), result.max(), result.items().stream().map(a -> views.summary(a, result)).toList());
        } catch (DomainException e) {
            PageMessages.refused("filters", e);
            page = new AlertViews.Page(0, 0, PAGE, List.of());
        }
    }

    /** Called by the push: the list is read again, as the caller may see it. */
    public void refresh() {
        load();
    }

    public AlertViews.Page getPage() {
        if (page == null) {
            load();
        }
        return page;
    }

    public List<Soon> getSoon() {
        if (soon == null) {
            Instant now = Instant.now();
            var upcoming = alerts.list(caller.get(), new AlertFilter(java.util.EnumSet.of(AlertStatus.PUBLISHED, AlertStatus.TAKEN_IN_CHARGE),
                    null, null, now.minus(Duration.ofHours(2)), now.plus(SOON), AlertFilter.Order.ARRIVAL), 0, 200).items();
            Map<String, Soon> byPoint = new LinkedHashMap<>();
            upcoming.forEach(a -> byPoint.merge(a.content().arrivalPoint(),
                    new Soon(a.content().arrivalPoint(), views.pointName(a.content().arrivalPoint()), 1, a.content().peopleCount(), a.escalatedNow()),
                    (x, y) -> new Soon(x.point(), x.pointName(), x.alerts() + 1, x.people() + y.people(), x.escalated() || y.escalated())));
            soon = List.copyOf(byPoint.values());
        }
        return soon;
    }

    /** "dans 5 h", "dans 2 j", "il y a 3 h". */
    public String relative(Instant at) {
        Duration d = Duration.between(Instant.now(), at);
        long hours = Math.abs(d.toHours());
        String amount = hours < 1 ? Math.abs(d.toMinutes()) + " min" : hours < 48 ? hours + " h" : (hours / 24) + " j";
        return d.isNegative() ? "il y a " + amount : "dans " + amount;
    }

    public boolean within48h(Instant at) {
        Instant now = Instant.now();
        return at.isAfter(now.minus(Duration.ofHours(2))) && at.isBefore(now.plus(SOON));
    }

    /** Whether the caller may post alerts: the "new alert" buttons, or a hint saying what to do instead. */
    public boolean isMayPost() {
        return AlertRule.mayPost(caller.get());
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public boolean isHasNext() {
        return getPage().total() > first + PAGE;
    }

    public int getPreviousFirst() {
        return Math.max(0, first - PAGE);
    }

    public int getNextFirst() {
        return first + PAGE;
    }

    public int getLast() {
        return (int) Math.min(getPage().total(), first + PAGE);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPoint() {
        return point;
    }

    public void setPoint(String point) {
        this.point = point;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }
}
