package org.kafo.domain.observatory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kafo.domain.alert.ArrivalPoint;
import org.kafo.domain.alert.ArrivalPoints;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.reference.Region;
import org.kafo.domain.reference.Regions;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;

/**
 * The returns observatory: the network's figures over a period, for one's own association, for the network as one may
 * see it, or for the public once a network administrator published the period. Loads, asks the rules ({@link Scope},
 * {@link Publication}, {@link Suppression}), and hands back finished {@link Figures}: nothing downstream computes or
 * hides anything. Personal data is never an input: the figures read {@link AlertFact} and the reports' counts only.
 */
@ApplicationScoped
public class Observatory {

    static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    static final String AUDIT_KIND = "observatory-publication";

    private EntityManager em;
    private FigureQueries queries;
    private ArrivalPoints points;
    private Regions regions;
    private AuditLog audit;
    private Suppression suppression;

    protected Observatory() {
    }

    @Inject
    public Observatory(EntityManager em, FigureQueries queries, ArrivalPoints points, Regions regions, AuditLog audit,
                       Suppression suppression) {
        this.em = em;
        this.queries = queries;
        this.points = points;
        this.regions = regions;
        this.audit = audit;
        this.suppression = suppression;
    }

    /**
     * The figures of {@code period} in {@code scope} as {@code caller} may have them; {@code now} says which commitments
     * are overdue. Refused in French: a scope the caller has no figures in, public figures of a period nobody published,
     * a region that does not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Figures figures(Caller caller, Scope scope, Period period, FigureFilter filter, Instant now) {
        return compute(caller, scope, period, filter, admit(caller, scope, period, filter), now);
    }

    /**
     * Whether this caller may have these figures now (the scope, for public figures the period's publication, the
     * filter's region), refused in French otherwise; the publication, for public figures. Asked on every request, even
     * when the figures themselves were computed before for the same audience.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Publication admit(Caller caller, Scope scope, Period period, FigureFilter filter) {
        scope.requireAllowed(caller);
        Publication publication = null;
        if (scope == Scope.PUBLIC) {
            publication = publication(period).orElseThrow(() -> {
                String published = publishedLabels();
                return DomainException.notFound(published.isEmpty() ? Message.of("observatory.notPublic.none", period.label())
                        : Message.of("observatory.notPublic", period.label(), published));
            });
        }
        if (filter.region() != null) {
            regions.require(filter.region(), "region");
        }
        return publication;
    }

    /** The figures, once {@link #admit admitted}: the same for every caller of the same {@link Scope#audience}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Figures compute(Caller caller, Scope scope, Period period, FigureFilter filter, Publication publication, Instant now) {
        Map<String, String> regionNames = regionNames();
        FigureQueries.Slice selection = new FigureQueries.Slice(scope, caller, period, filter);
        FigureBook book = new FigureBook(scope, period, suppression, pointNames(), regionNames);
        List<FigureTable> tables = book.tables(queries.alerts(selection), queries.reports(selection), queries.leadTime(selection),
                queries.commitments(selection, LocalDate.ofInstant(now, ZoneOffset.UTC)));
        return new Figures(scope, period, filter, filter.label(regionNames.get(filter.region())), scope.suppresses(),
                suppression.threshold(), demonstration(), now, publication, tables);
    }

    /** Publishes the network's figures of a closed year or quarter; network administrators only. */
    @Transactional
    public Publication publish(Caller caller, Period period, Instant now) {
        Publication.requireAdmin(caller);
        em.createNativeQuery("lock table observatory_publication in share row exclusive mode").executeUpdate();
        Publication publication = Publication.of(caller, period, publications(), now);
        em.persist(publication);
        audit.write(caller, "observatory.publish", AUDIT_KIND, period.code(), null, period.label());
        return publication;
    }

    /** Takes a period's figures back from the public; network administrators only. */
    @Transactional
    public void withdraw(Caller caller, Period period) {
        Publication.requireAdmin(caller);
        Publication publication = em.find(Publication.class, period.code());
        if (publication == null) {
            throw DomainException.notFound(Message.of("observatory.withdraw.notPublic", period.label()));
        }
        em.remove(publication);
        audit.write(caller, "observatory.withdraw", AUDIT_KIND, period.code(), null, period.label());
    }

    /** The published periods, the latest first: public knowledge. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Publication> publications() {
        return em.createQuery("select p from Publication p order by p.startsAt desc", Publication.class).getResultList();
    }

    public Optional<Publication> publication(Period period) {
        return Optional.ofNullable(em.find(Publication.class, period.code()));
    }

    /** Whether the database holds the demonstration data set. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean demonstration() {
        return !em.createQuery("select d.name from DemonstrationData d", String.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** Notes that a demonstration data set was loaded (by its loader, in the same transaction). */
    @Transactional
    public void demonstrationLoaded(String name, Instant at) {
        if (em.find(DemonstrationData.class, name) == null) {
            em.persist(new DemonstrationData(name, at));
        }
    }

    /** Whether that demonstration data set is in the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean demonstrationLoaded(String name) {
        return em.find(DemonstrationData.class, name) != null;
    }

    /** The threshold under which cross-association and public cells are hidden. */
    public int threshold() {
        return suppression.threshold();
    }

    private String publishedLabels() {
        List<Publication> all = publications();
        return all.stream().map(p -> p.period().label()).collect(Collectors.joining(", "));
    }

    private Map<String, String> pointNames() {
        return points.all().stream().collect(Collectors.toMap(ArrivalPoint::code, ArrivalPoint::name));
    }

    private Map<String, String> regionNames() {
        return em.createQuery("select r from Region r", Region.class).getResultList().stream()
                .collect(Collectors.toMap(Region::code, Region::name));
    }
}
