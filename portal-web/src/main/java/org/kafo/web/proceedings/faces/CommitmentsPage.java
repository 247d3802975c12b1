package org.kafo.web.proceedings.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.proceedings.Commitment;
import org.kafo.domain.proceedings.Events;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /rencontres/engagements.xhtml}: the follow-up of commitments across the events one may see: the open ones
 * (or all), the overdue ones only, of one actor; earliest due first. The state is in the URL (GET), so a filtered
 * view is bookmarkable.
 */
@Named
@RequestScoped
public class CommitmentsPage {

    static final int PAGE_SIZE = 50;

    @Inject
    CurrentCaller caller;

    @Inject
    Events events;

    @Inject
    Organizations organizations;

    private String actor;
    private boolean overdue;
    private boolean all;
    private int page;
    private List<Commitment> items = List.of();
    private long total;
    private final LocalDate today = Commitment.today();

    public void load() {
        UUID actorId = null;
        if (actor != null && !actor.isBlank()) {
            try {
                actorId = UUID.fromString(actor.strip());
            } catch (IllegalArgumentException e) {
                PageMessages.error(PageMessages.text("commitment.list.badActor"));
                actor = null;
            }
        }
        page = Math.max(0, page);
        total = events.countCommitments(caller.get(), actorId, !all, overdue, today);
        items = events.commitments(caller.get(), actorId, !all, overdue, today, page * PAGE_SIZE, PAGE_SIZE);
    }

    public boolean overdue(Commitment commitment) {
        return commitment.overdue(today);
    }

    /** Where it stands today, as every page says it ({@code CommitmentStanding}'s name). */
    public String standing(Commitment commitment) {
        return commitment.standing(today).name();
    }

    public List<Organization> getActors() {
        return organizations.allVisible(caller.get());
    }

    public List<Commitment> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public boolean isLastPage() {
        return (long) (page + 1) * PAGE_SIZE >= total;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
