package org.kafo.domain.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;
import org.kafo.domain.tenant.PartnerKind;

/**
 * The directory's entries as a caller may see them: every list applies {@link VisibilityRule#visibleTo},
 * every single read {@link VisibilityRule#canSee} (an invisible entry is "not found"), every write
 * {@link DirectoryRule#canKeep}.
 */
@ApplicationScoped
public class Organizations {

    private static final LocalDate NEVER = LocalDate.of(1900, 1, 1);

    private EntityManager em;
    private Taxonomies taxonomies;

    protected Organizations() {
    }

    @Inject
    public Organizations(EntityManager em, Taxonomies taxonomies) {
        this.em = em;
        this.taxonomies = taxonomies;
    }

    public Organization visible(Caller caller, UUID id) {
        Organization entry = id == null ? null : em.find(Organization.class, id);
        if (entry == null || !VisibilityRule.canSee(caller, entry)) {
            throw DomainException.notFound(Message.of("directory.entry.notFound"));
        }
        return entry;
    }

    public Organization keptBy(Caller caller, UUID id) {
        Organization entry = visible(caller, id);
        if (!DirectoryRule.canKeep(caller, entry)) {
            throw DomainException.forbidden(Message.of(entry.member() ? "directory.entry.keptByMember" : "directory.entry.keptByNetwork",
                    entry.shortName()));
        }
        return entry;
    }

    public Service visibleService(Caller caller, UUID id) {
        Service service = id == null ? null : em.find(Service.class, id);
        if (service == null || !VisibilityRule.canSee(caller, service.organization())) {
            throw DomainException.notFound(Message.of("directory.service.notFound"));
        }
        return service;
    }

    public Optional<Organization> ofTenant(String alias) {
        return em.createQuery("select o from Organization o where o.ownerTenant = :alias", Organization.class)
                .setParameter("alias", alias).getResultStream().findFirst();
    }

    /** Whether another entry (visible or not) has this name, or this acronym, whatever the case. */
    public Optional<Organization> sameName(String name, UUID except) {
        return em.createQuery("select o from Organization o where lower(o.name) = :name and o.id <> :id", Organization.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).setParameter("id", except).getResultStream().findFirst();
    }

    public Optional<Organization> sameAcronym(String acronym, UUID except) {
        return em.createQuery("select o from Organization o where lower(o.acronym) = :acronym and o.id <> :id", Organization.class)
                .setParameter("acronym", acronym.toLowerCase(Locale.ROOT)).setParameter("id", except).getResultStream().findFirst();
    }

    /** Every entry the caller sees, by name (exports). */
    public List<Organization> allVisible(Caller caller) {
        return organizations(caller, DirectoryFilter.NONE, 0, Integer.MAX_VALUE).items();
    }

    /** Entries matching the filter, by name. */
    public Page<Organization> organizations(Caller caller, DirectoryFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Organization> q = cb.createQuery(Organization.class);
        Root<Organization> o = q.from(Organization.class);
        q.where(entryMatches(caller, filter, cb, q, o)).orderBy(cb.asc(cb.lower(o.get("name"))));
        // A list shows each entry's cities and service categories: read them for the whole page in one query each
        // (EclipseLink's batch reading, IN), not one query per entry (the load run measured that with 200 users).
        TypedQuery<Organization> entries = em.createQuery(q).setFirstResult(first).setMaxResults(max)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.locations")
                .setHint("eclipselink.batch", "o.services")
                .setHint("eclipselink.batch", "o.services.category");
        return page(entries.getResultList(), countEntries(caller, filter), first, max);
    }

    private long countEntries(Caller caller, DirectoryFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Organization> c = count.from(Organization.class);
        count.select(cb.count(c)).where(entryMatches(caller, filter, cb, count, c));
        return em.createQuery(count).getSingleResult();
    }

    /**
     * The referral question: services matching the filter, active ones first, then the most recently
     * checked, then by organisation.
     */
    public Page<Service> services(Caller caller, DirectoryFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Service> q = cb.createQuery(Service.class);
        Root<Service> s = q.from(Service.class);
        // fetched with the services, not one query per row (EclipseLink's fetch is also a join)
        @SuppressWarnings("unchecked")
        Join<Service, Organization> o = (Join<Service, Organization>) s.<Service, Organization>fetch("organization");
        s.fetch("category");
        q.where(serviceMatches(caller, filter, cb, q, s, o)).orderBy(
                cb.asc(s.get("status")),
                cb.desc(cb.coalesce(s.<LocalDate>get("assuredDate"), NEVER)),
                cb.asc(cb.lower(o.get("name"))),
                cb.asc(s.get("position")));
        return page(em.createQuery(q).setFirstResult(first).setMaxResults(max).getResultList(), countServices(caller, filter), first, max);
    }

    private long countServices(Caller caller, DirectoryFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Service> cs = count.from(Service.class);
        count.select(cb.count(cs)).where(serviceMatches(caller, filter, cb, count, cs, cs.join("organization")));
        return em.createQuery(count).getSingleResult();
    }

    /**
     * When the referral question has no answer: the nearest wider question that has some, as the caller may see them
     * (a service the caller may not see never makes a question "have answers"), or none when nothing wider answers.
     */
    public Optional<WiderSearch> widerServices(Caller caller, DirectoryFilter filter) {
        return wider(filter, f -> countServices(caller, f));
    }

    /** The same for the list of actors. */
    public Optional<WiderSearch> widerEntries(Caller caller, DirectoryFilter filter) {
        return wider(filter, f -> countEntries(caller, f));
    }

    private static Optional<WiderSearch> wider(DirectoryFilter filter, ToLongFunction<DirectoryFilter> count) {
        List<DirectoryFilter.Widening> widenings = filter.widenings();
        // a wider question answers at least what a narrower one does: when the widest has no answer, none has
        if (widenings.isEmpty() || count.applyAsLong(widenings.get(widenings.size() - 1).filter()) == 0) {
            return Optional.empty();
        }
        for (DirectoryFilter.Widening widening : widenings) {
            long total = count.applyAsLong(widening.filter());
            if (total > 0) {
                return Optional.of(new WiderSearch(widening.filter(), widening.widened(), total));
            }
        }
        return Optional.empty();
    }

    private Predicate[] entryMatches(Caller caller, DirectoryFilter filter, CriteriaBuilder cb, AbstractQuery<?> q,
                                     Root<Organization> o) {
        List<Predicate> all = ownFilters(caller, filter, cb, o);
        all.addAll(words(filter, cb, o)); // an actor: the words of the entry and of its services
        if (filter.aboutServices()) {
            Subquery<UUID> given = q.subquery(UUID.class);
            Root<Service> s = given.from(Service.class);
            List<Predicate> match = serviceFilters(filter, cb, given, s, o);
            match.add(cb.equal(s.get("organization"), o));
            all.add(cb.exists(given.select(s.get("id")).where(match.toArray(Predicate[]::new))));
        } else if (filter.region() != null || filter.city() != null) {
            // an actor is "in Gao" when one of its locations is, whatever its services
            all.add(cb.exists(locatedAt(filter, cb, q, o)));
        }
        return all.toArray(Predicate[]::new);
    }

    private Predicate[] serviceMatches(Caller caller, DirectoryFilter filter, CriteriaBuilder cb, AbstractQuery<?> q,
                                       Root<Service> s, Join<Service, Organization> o) {
        List<Predicate> all = ownFilters(caller, filter, cb, o);
        all.addAll(words(filter, cb, s)); // a service: its own words, not those of its organisation
        all.addAll(serviceFilters(filter, cb, q, s, o));
        return all.toArray(Predicate[]::new);
    }

    /** Visibility and kind: what the entry itself says. */
    private List<Predicate> ownFilters(Caller caller, DirectoryFilter filter, CriteriaBuilder cb, From<?, Organization> o) {
        List<Predicate> all = new ArrayList<>();
        all.add(VisibilityRule.visibleTo(caller, cb, o));
        if (filter.kind() != null) {
            all.add(cb.equal(o.get("kind"), PartnerKind.fromCode(filter.kind()).orElseThrow(() ->
                    DomainException.invalid("kind", Message.of("directory.kind.unknown", filter.kind())))));
        }
        return all;
    }

    /** Each word of the free text, folded, found in the search key of what is listed (an entry, or a service). */
    private static List<Predicate> words(DirectoryFilter filter, CriteriaBuilder cb, From<?, ?> listed) {
        List<Predicate> all = new ArrayList<>();
        if (filter.text() != null) {
            for (String word : Organization.fold(filter.text()).split("[^a-z0-9]+")) {
                if (!word.isEmpty()) {
                    all.add(cb.like(listed.get("searchKey"), "%" + word + "%"));
                }
            }
        }
        return all;
    }

    /** Category, target group, and where: the service is given at a location there (or, without locations, the organisation is there). */
    private List<Predicate> serviceFilters(DirectoryFilter filter, CriteriaBuilder cb, AbstractQuery<?> q, From<?, Service> s,
                                           From<?, Organization> o) {
        List<Predicate> all = new ArrayList<>();
        if (filter.category() != null) {
            all.add(cb.equal(s.get("category"), taxonomies.known(Taxonomy.CATEGORY, filter.category(), "category")));
        }
        if (filter.targetGroup() != null) {
            Term group = taxonomies.known(Taxonomy.TARGET_GROUP, filter.targetGroup(), "targetGroup");
            all.add(cb.isMember(group, s.<Set<Term>>get("targetGroups")));
        }
        if (filter.region() != null || filter.city() != null) {
            Subquery<UUID> there = q.subquery(UUID.class);
            Root<Location> l = there.from(Location.class);
            List<Predicate> at = place(filter, cb, l);
            at.add(cb.isMember(l, s.<Set<Location>>get("locations")));
            there.select(l.get("id")).where(at.toArray(Predicate[]::new));
            Subquery<UUID> anywhere = q.subquery(UUID.class);
            Root<Location> any = anywhere.from(Location.class);
            anywhere.select(any.get("id")).where(cb.isMember(any, s.<Set<Location>>get("locations")));
            all.add(cb.or(cb.exists(there), cb.and(cb.not(cb.exists(anywhere)), cb.exists(locatedAt(filter, cb, q, o)))));
        }
        return all;
    }

    private Subquery<UUID> locatedAt(DirectoryFilter filter, CriteriaBuilder cb, AbstractQuery<?> q, From<?, Organization> o) {
        Subquery<UUID> there = q.subquery(UUID.class);
        Root<Location> l = there.from(Location.class);
        List<Predicate> at = place(filter, cb, l);
        at.add(cb.equal(l.get("organization"), o));
        return there.select(l.get("id")).where(at.toArray(Predicate[]::new));
    }

    private static List<Predicate> place(DirectoryFilter filter, CriteriaBuilder cb, Root<Location> l) {
        List<Predicate> at = new ArrayList<>();
        if (filter.region() != null) {
            at.add(cb.equal(l.get("region").get("code"), filter.region()));
        }
        if (filter.city() != null) {
            Expression<String> city = cb.lower(l.get("city"));
            at.add(cb.equal(city, filter.city().toLowerCase(Locale.ROOT)));
        }
        return at;
    }

    private static <T> Page<T> page(List<T> items, long total, int first, int max) {
        return new Page<>(items, total, first, max);
    }
}
