package org.kafo.web.alert.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kafo.domain.alert.AlertFilter;
import org.kafo.domain.alert.AlertRule;
import org.kafo.domain.alert.AlertService;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.alert.AlertJson;
import org.kafo.web.alert.AlertViews;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/**
 * The list of alerts: first what arrives in the next 48 hours, and where; then every alert in
 * progress by arrival time, with filters in the address (so a filtered list can be bookmarked) and
 * small pages for slow phones. Refreshed in place when a push says an alert changed.
 */
@Named
@ViewScoped
public class AlertListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    AlertService alerts;

    @Inject
    AlertViews views;

    @Inject
    CurrentCaller caller;

    private String status;
    private String point;
    private String origin;
    private String from;
    private String to;
    private int first;

    private transient AlertJson.PageJson page;

    public void load() {
        page = null;
        try {
            AlertFilter filter = AlertFilter.parse(status == null ? List.of() : List.of(status), point, origin, from, to);
            var result = alerts.list(caller.get(), filter, Math.max(0, first), PAGE);
            page = new AlertJson.PageJson(result.total(), result.first(), result.max(), result.items().stream().map(a -> views.summary(a, result)).toList());
        } catch (DomainException e) {
            PageMessages.refused("filters", e);
            page = new AlertJson.PageJson(0, 0, PAGE, List.of());
        }
    }

    /** Called by the push: the list is read again, as the caller may see it. */
    public void refresh() {
        load();
    }

    public AlertJson.PageJson getPage() {
        if (page == null) {
            load();
        }
        return page;
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
