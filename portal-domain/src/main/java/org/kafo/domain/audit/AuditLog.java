package org.kafo.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.Shared;
import org.kafo.domain.tenancy.SharedRecord;
import org.kafo.domain.tenancy.Visibility;

/**
 * Writes and reads the audit log. Writing joins the caller's transaction ({@code MANDATORY}), so an
 * entry exists exactly when the act it records was committed.
 */
@ApplicationScoped
public class AuditLog {

    private EntityManager em;

    protected AuditLog() {
    }

    @Inject
    public AuditLog(EntityManager em) {
        this.em = em;
    }

    /** Records a write done by {@code actor} on a record of {@code targetTenant}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(Caller actor, String action, String targetType, String targetId, String targetTenant, String detail) {
        em.persist(new AuditEntry(actor, action, targetType, targetId, targetTenant, false, detail));
    }

    /** Records a read of personal data. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sensitiveRead(Caller actor, String action, String targetType, String targetId, String targetTenant) {
        em.persist(new AuditEntry(actor, action, targetType, targetId, targetTenant, true, null));
    }

    /**
     * The entries a caller may read, newest first, each as {@link AuditLine} says they are shown it: all of them for a
     * network admin; for a tenant admin, those concerning its association or done by its people. Nobody else reads the
     * audit log.
     */
    public List<AuditLine> readableBy(Caller caller, String targetType, String targetId, int first, int max) {
        TypedQuery<AuditEntry> query = readable(caller, targetType, targetId, "select e", " order by e.id desc", AuditEntry.class);
        List<AuditEntry> entries = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
        Map<String, Shared> records = sharedTargets(entries);
        return entries.stream().map(e -> AuditLine.of(e, caller, sharedEntity(e.targetType()).isPresent(),
                records.get(e.targetType() + ":" + e.targetId()))).toList();
    }

    /** How many entries {@link #readableBy} pages through (for a paged table). */
    public int countReadableBy(Caller caller, String targetType, String targetId) {
        return readable(caller, targetType, targetId, "select count(e)", "", Long.class).getSingleResult().intValue();
    }

    /** The one query of what a caller may read: every entry for a network admin, its association's for a tenant admin. */
    private <T> TypedQuery<T> readable(Caller caller, String targetType, String targetId, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry e where 1 = 1");
        boolean all = caller.has(Role.NETWORK_ADMIN);
        if (!all) {
            if (!caller.has(Role.TENANT_ADMIN) || caller.tenant() == null) {
                throw DomainException.forbidden(Message.of("check.audit.adminsOnly"));
            }
            jpql.append(" and (e.targetTenant = :tenant or e.actorTenant = :tenant)");
        }
        if (targetType != null) {
            jpql.append(" and e.targetType = :targetType");
        }
        if (targetId != null) {
            jpql.append(" and e.targetId = :targetId");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (!all) {
            query.setParameter("tenant", caller.tenant());
        }
        if (targetType != null) {
            query.setParameter("targetType", targetType);
        }
        if (targetId != null) {
            query.setParameter("targetId", targetId);
        }
        return query;
    }

    /** What the visibility rule needs of the shared records the entries are about, as they are now: one query per kind. */
    private Map<String, Shared> sharedTargets(List<AuditEntry> entries) {
        Map<String, Shared> found = new HashMap<>();
        Map<String, Set<UUID>> idsByType = new HashMap<>();
        for (AuditEntry e : entries) {
            uuid(e.targetId()).ifPresent(id -> idsByType.computeIfAbsent(e.targetType(), t -> new HashSet<>()).add(id));
        }
        idsByType.forEach((type, ids) -> sharedEntity(type).ifPresent(entity -> em.createQuery(
                        "select r.id, r.ownerTenant, r.visibility, r.partnerTenants from " + entity + " r where r.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> found.put(type + ":" + row[0], new Target((String) row[1], (Visibility) row[2], partners(row[3]))))));
        return found;
    }

    /**
     * The shared record an entry's target type names: the entity's name in lower case ({@code alert} → {@code Alert}),
     * which is how the features write their entries.
     */
    private Optional<String> sharedEntity(String targetType) {
        return em.getMetamodel().getEntities().stream()
                .filter(t -> SharedRecord.class.isAssignableFrom(t.getJavaType()) && t.getName().equalsIgnoreCase(targetType))
                .map(EntityType::getName).findFirst();
    }

    private record Target(String ownerTenant, Visibility visibility, Set<String> partnerTenants) implements Shared {
    }

    @SuppressWarnings("unchecked")
    private static Set<String> partners(Object value) {
        return value == null ? Set.of() : (Set<String>) value;
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
