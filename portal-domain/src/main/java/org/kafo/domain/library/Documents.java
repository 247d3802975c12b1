package org.kafo.domain.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;

/** The documents, as the visibility rule lets each caller see them. */
@ApplicationScoped
public class Documents {

    private EntityManager em;

    protected Documents() {
    }

    @Inject
    public Documents(EntityManager em) {
        this.em = em;
    }

    /** Newest publication first (undated last), then newest deposit. */
    public List<Document> visible(Caller caller, DocumentFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Document> query = cb.createQuery(Document.class);
        Root<Document> document = query.from(Document.class);
        query.where(where(caller, filter, cb, document)).orderBy(
                cb.asc(cb.selectCase().when(cb.isNull(document.get("publishedYear")), 1).otherwise(0)),
                cb.desc(document.get("publishedYear")),
                cb.desc(cb.coalesce(document.get("publishedMonth"), 0)),
                cb.desc(cb.coalesce(document.get("publishedDay"), 0)),
                cb.desc(document.get("createdAt")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Caller caller, DocumentFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Document> document = query.from(Document.class);
        query.select(cb.count(document)).where(where(caller, filter, cb, document));
        return em.createQuery(query).getSingleResult();
    }

    /** The documents one may see deposited since {@code since}, the newest deposit first (the home page's "new documents"). */
    public List<Document> depositedSince(Caller caller, java.time.Instant since, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Document> query = cb.createQuery(Document.class);
        Root<Document> document = query.from(Document.class);
        query.where(where(caller, DocumentFilter.none(), cb, document),
                        cb.greaterThanOrEqualTo(document.<java.time.Instant>get("createdAt"), since))
                .orderBy(cb.desc(document.get("createdAt")));
        return em.createQuery(query).setMaxResults(max).getResultList();
    }

    /** The publication years of the documents the caller sees, newest first (for the list's filter). */
    public List<Integer> years(Caller caller) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Integer> query = cb.createQuery(Integer.class);
        Root<Document> document = query.from(Document.class);
        query.select(document.get("publishedYear")).distinct(true)
                .where(cb.and(where(caller, DocumentFilter.none(), cb, document), cb.isNotNull(document.get("publishedYear"))))
                .orderBy(cb.desc(document.get("publishedYear")));
        return em.createQuery(query).getResultList();
    }

    /** The document, or "not found" when it does not exist or the caller may not see it (the two look alike). */
    public Document find(Caller caller, UUID id) {
        Document document = id == null ? null : em.find(Document.class, id);
        if (document == null || !VisibilityRule.canSee(caller, document)) {
            throw DomainException.notFound(Message.of("library.document.notFound"));
        }
        return document;
    }

    /** A document with the same file that the caller can see (never one they cannot: that would leak it). */
    public Optional<Document> visibleWithChecksum(Caller caller, String sha256) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Document> query = cb.createQuery(Document.class);
        Root<Document> document = query.from(Document.class);
        query.where(cb.and(VisibilityRule.visibleTo(caller, cb, document),
                cb.equal(document.get("file").get("sha256"), sha256)));
        return em.createQuery(query).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** For the search index only, which applies the same rule itself on every query. */
    public Optional<Document> forIndex(UUID id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    /** Every document id, for a rebuild of the search index. */
    public Stream<UUID> allIds() {
        return em.createQuery("select d.id from Document d order by d.createdAt", UUID.class).getResultStream();
    }

    /** The documents kept with this file (for search to follow a change of its text); no visibility: not for display. */
    java.util.List<UUID> withFile(UUID file) {
        return em.createQuery("select d.id from Document d where d.file.id = :file", UUID.class)
                .setParameter("file", file).getResultList();
    }

    public boolean any() {
        return !em.createQuery("select d.id from Document d", UUID.class).setMaxResults(1).getResultList().isEmpty();
    }

    void add(Document document) {
        em.persist(document);
    }

    void remove(Document document) {
        em.remove(document);
    }

    private static Predicate where(Caller caller, DocumentFilter filter, CriteriaBuilder cb, Root<Document> document) {
        List<Predicate> all = new ArrayList<>();
        all.add(VisibilityRule.visibleTo(caller, cb, document));
        if (filter.kind() != null) {
            all.add(cb.equal(document.get("kind"), filter.kind()));
        }
        if (filter.year() != null) {
            all.add(cb.equal(document.get("publishedYear"), filter.year()));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }
}
