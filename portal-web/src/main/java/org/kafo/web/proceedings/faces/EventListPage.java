package org.kafo.web.proceedings.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.Events;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.web.security.CurrentCaller;

/** {@code /rencontres/}: the events one may see, the most recent first, a page at a time. */
@Named
@RequestScoped
public class EventListPage {

    static final int PAGE_SIZE = 20;

    @Inject
    CurrentCaller caller;

    @Inject
    Events events;

    private int page;
    private List<Event> items = List.of();
    private long total;

    public void load() {
        page = Math.max(0, page);
        total = events.count(caller.get());
        items = events.visible(caller.get(), page * PAGE_SIZE, PAGE_SIZE);
    }

    public List<Event> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public boolean isLastPage() {
        return (long) (page + 1) * PAGE_SIZE >= total;
    }

    public boolean isCanOrganise() {
        return Proceedings.mayOrganise(caller.get());
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
