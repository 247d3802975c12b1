package org.kafo.domain.proceedings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;

/** The events and their commitments, as the visibility rule lets each caller see them. */
@ApplicationScoped
public class Events {

    private EntityManager em;

    protected Events() {
    }

    @Inject
    public Events(EntityManager em) {
        this.em = em;
    }

    /** The events one may see, the most recent first. */
    public List<Event> visible(Caller caller, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Event> query = cb.createQuery(Event.class);
        Root<Event> event = query.from(Event.class);
        query.where(VisibilityRule.visibleTo(caller, cb, event))
                .orderBy(cb.desc(event.get("startsOn")), cb.desc(event.get("createdAt")));
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
    }

    public long count(Caller caller) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Event> event = query.from(Event.class);
        query.select(cb.count(event)).where(VisibilityRule.visibleTo(caller, cb, event));
        return em.createQuery(query).getSingleResult();
    }

    /** The event, or "not found" when it does not exist or the caller may not see it (the two look alike). */
    public Event find(Caller caller, UUID id) {
        Event event = id == null ? null : em.find(Event.class, id);
        if (event == null || !VisibilityRule.canSee(caller, event)) {
            throw DomainException.notFound(Message.of("proceedings.event.notFound"));
        }
        return event;
    }

    /**
     * The follow-up: commitments of the events one may see, open ones only ({@code openOnly}), of one actor
     * ({@code actor}, optional), overdue ones only ({@code overdueOnly}, as of {@code today}); earliest due first.
     */
    public List<Commitment> commitments(Caller caller, UUID actor, boolean openOnly, boolean overdueOnly, LocalDate today,
                                        int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Commitment> query = cb.createQuery(Commitment.class);
        Root<Commitment> commitment = query.from(Commitment.class);
        query.where(followUp(caller, actor, openOnly, overdueOnly, today, cb, commitment))
                .orderBy(cb.asc(commitment.get("dueOn")), cb.asc(commitment.get("createdAt")));
        return em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
    }

    public long countCommitments(Caller caller, UUID actor, boolean openOnly, boolean overdueOnly, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Commitment> commitment = query.from(Commitment.class);
        query.select(cb.count(commitment)).where(followUp(caller, actor, openOnly, overdueOnly, today, cb, commitment));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * The events one may see that have not ended by {@code today} (those under way first, then by start), for the
     * home page's "upcoming meetings".
     */
    public List<Event> upcoming(Caller caller, LocalDate today, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Event> query = cb.createQuery(Event.class);
        Root<Event> event = query.from(Event.class);
        query.where(VisibilityRule.visibleTo(caller, cb, event),
                        cb.greaterThanOrEqualTo(cb.coalesce(event.<LocalDate>get("endsOn"), event.<LocalDate>get("startsOn")), today))
                .orderBy(cb.asc(event.get("startsOn")), cb.asc(event.get("createdAt")));
        return em.createQuery(query).setMaxResults(max).getResultList();
    }

    /**
     * The overdue commitments (as of {@code today}) of events one may see whose actor is the caller's own association
     * (the directory's entry its tenant owns); none for a caller of no association. Earliest due first.
     */
    public List<Commitment> overdueOfMyAssociation(Caller caller, LocalDate today, int max) {
        if (!caller.actsForTenant()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Commitment> query = cb.createQuery(Commitment.class);
        Root<Commitment> commitment = query.from(Commitment.class);
        query.where(followUp(caller, null, true, true, today, cb, commitment),
                        cb.equal(commitment.get("owner").get("ownerTenant"), caller.tenant()))
                .orderBy(cb.asc(commitment.get("dueOn")), cb.asc(commitment.get("createdAt")));
        return em.createQuery(query).setMaxResults(max).getResultList();
    }

    /** A commitment of an event the caller sees; "not found" otherwise. */
    public Commitment commitment(Caller caller, UUID id) {
        Commitment commitment = id == null ? null : em.find(Commitment.class, id);
        if (commitment == null || !VisibilityRule.canSee(caller, commitment.event())) {
            throw DomainException.notFound(Message.of("proceedings.commitment.notFound"));
        }
        return commitment;
    }

    private static Predicate followUp(Caller caller, UUID actor, boolean openOnly, boolean overdueOnly, LocalDate today,
                                      CriteriaBuilder cb, Root<Commitment> commitment) {
        Join<Commitment, Event> event = commitment.join("event");
        List<Predicate> all = new ArrayList<>();
        all.add(VisibilityRule.visibleTo(caller, cb, event));
        if (openOnly || overdueOnly) {
            all.add(commitment.get("status").in(CommitmentStatus.PREVU, CommitmentStatus.EN_COURS));
        }
        if (overdueOnly) {
            all.add(cb.lessThan(commitment.get("dueOn"), today));
        }
        if (actor != null) {
            all.add(cb.equal(commitment.get("owner").get("id"), actor));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    /** For the search index only, which applies the same rule itself on every query. */
    public Optional<Event> forIndex(UUID id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    /** Every event id, for a rebuild of the search index. */
    public Stream<UUID> allIds() {
        return em.createQuery("select e.id from Event e order by e.createdAt", UUID.class).getResultList().stream();
    }

    /** The events whose communications attach this document (to refresh them in search when it goes). */
    public List<UUID> attaching(UUID documentId) {
        return em.createQuery("select distinct c.event.id from Communication c join c.documents d where d.id = :id", UUID.class)
                .setParameter("id", documentId).getResultList();
    }

    public boolean any() {
        return !em.createQuery("select e.id from Event e", UUID.class).setMaxResults(1).getResultList().isEmpty();
    }

    void add(Event event) {
        em.persist(event);
    }

    void remove(Event event) {
        em.remove(event);
    }

    void flush() {
        em.flush();
    }
}
