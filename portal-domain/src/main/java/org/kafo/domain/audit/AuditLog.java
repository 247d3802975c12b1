package org.kafo.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

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
     * The entries a caller may read, newest first: all of them for a network admin; for a tenant admin,
     * those concerning its association or done by its people. Nobody else reads the audit log.
     */
    public List<AuditEntry> readableBy(Caller caller, String targetType, String targetId, int first, int max) {
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        boolean all = caller.has(Role.NETWORK_ADMIN);
        if (!all) {
            if (!caller.has(Role.TENANT_ADMIN) || caller.tenant() == null) {
                throw DomainException.forbidden("Le journal d'audit est réservé aux administrateurs.");
            }
            jpql.append(" and (e.targetTenant = :tenant or e.actorTenant = :tenant)");
        }
        if (targetType != null) {
            jpql.append(" and e.targetType = :targetType");
        }
        if (targetId != null) {
            jpql.append(" and e.targetId = :targetId");
        }
        jpql.append(" order by e.id desc");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class);
        if (!all) {
            query.setParameter("tenant", caller.tenant());
        }
        if (targetType != null) {
            query.setParameter("targetType", targetType);
        }
        if (targetId != null) {
            query.setParameter("targetId", targetId);
        }
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
    }
}
