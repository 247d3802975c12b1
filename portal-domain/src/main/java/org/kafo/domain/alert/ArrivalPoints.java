package org.kafo.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.reference.Regions;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/** The arrival points: public reference data, kept by the network admins. */
@ApplicationScoped
public class ArrivalPoints {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,40}");
    static final int MAX_NAME = 120;

    private EntityManager em;
    private Regions regions;
    private AuditLog audit;

    protected ArrivalPoints() {
    }

    @Inject
    public ArrivalPoints(EntityManager em, Regions regions, AuditLog audit) {
        this.em = em;
        this.regions = regions;
        this.audit = audit;
    }

    /** What an admin types to add or correct a point. */
    public record Details(String name, ArrivalPointKind kind, String city, String region, Boolean active) {
    }

    public List<ArrivalPoint> active() {
        return em.createQuery("select p from ArrivalPoint p where p.active = true order by p.name", ArrivalPoint.class)
                .getResultList();
    }

    public List<ArrivalPoint> all() {
        return em.createQuery("select p from ArrivalPoint p order by p.active desc, p.name", ArrivalPoint.class).getResultList();
    }

    public ArrivalPoint find(String code) {
        ArrivalPoint point = code == null ? null : em.find(ArrivalPoint.class, code);
        if (point == null) {
            throw DomainException.notFound(Message.of("alert.point.unknown", code));
        }
        return point;
    }

    /** An active point for a new or updated alert, or a French error naming the field. */
    public ArrivalPoint requireActive(String code, String field) {
        ArrivalPoint point = code == null || code.isBlank() ? null : em.find(ArrivalPoint.class, code.trim());
        if (point == null || !point.active()) {
            throw DomainException.invalid(field, code == null || code.isBlank()
                    ? Message.of("alert.arrivalPoint.missing") : Message.of("alert.point.unknown", code));
        }
        return point;
    }

    @Transactional
    public ArrivalPoint add(Caller caller, String code, Details details) {
        requireAdmin(caller);
        String trimmed = code == null ? "" : code.trim();
        if (!CODE.matcher(trimmed).matches()) {
            throw DomainException.invalid("code", Message.of("alert.point.codeShape"));
        }
        if (em.find(ArrivalPoint.class, trimmed) != null) {
            throw DomainException.conflict(Message.of("alert.point.codeTaken", trimmed));
        }
        validate(details, null);
        ArrivalPoint point = new ArrivalPoint(trimmed, details.name().trim(), details.kind(), details.city().trim(), details.region());
        em.persist(point);
        audit.write(caller, "arrival-point.add", "arrival-point", trimmed, null, point.name());
        return point;
    }

    @Transactional
    public ArrivalPoint change(Caller caller, String code, Details details, Long expectedVersion) {
        requireAdmin(caller);
        ArrivalPoint point = find(code);
        if (expectedVersion != null && expectedVersion != point.version()) {
            throw DomainException.conflict(Message.of("alert.point.changed"));
        }
        validate(details, code);
        point.describe(details.name().trim(), details.kind(), details.city().trim(), details.region());
        if (details.active() != null) {
            point.activate(details.active());
        }
        audit.write(caller, "arrival-point.change", "arrival-point", code, null, point.name());
        return point;
    }

    private void validate(Details details, String code) {
        Checks checks = Checks.start();
        String name = checks.line("name", "alert.field.pointName", details == null ? null : details.name()).max(MAX_NAME).required();
        if (name != null) {
            Long same = em.createQuery("select count(p) from ArrivalPoint p where lower(p.name) = lower(:name) and p.code <> :code", Long.class)
                    .setParameter("name", name).setParameter("code", code == null ? "" : code).getSingleResult();
            checks.check(same == 0, "name", "alert.point.nameTaken");
        }
        checks.check(details == null || details.kind() != null, "kind", "alert.point.kindMissing");
        checks.line("city", "alert.field.pointCity", details == null ? null : details.city()).max(MAX_NAME).required();
        checks.throwIfAny();
        regions.require(details.region(), "region");
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.NETWORK_ADMIN)) {
            throw DomainException.forbidden(Message.of("alert.point.networkAdminOnly"));
        }
    }
}
