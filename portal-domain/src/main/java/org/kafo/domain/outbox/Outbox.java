package org.kafo.domain.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records changes for the search index, and hands them to the indexer in order. */
@ApplicationScoped
public class Outbox {

    private EntityManager em;

    protected Outbox() {
    }

    @Inject
    public Outbox(EntityManager em) {
        this.em = em;
    }

    /** Records that a record changed; must run inside the transaction that changed it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String kind, Object entityId) {
        em.persist(new OutboxEntry(kind, String.valueOf(entityId)));
    }

    /** Rows after {@code afterId}, oldest first. */
    public List<OutboxEntry> after(long afterId, int max) {
        return em.createQuery("select o from OutboxEntry o where o.id > :after order by o.id", OutboxEntry.class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    /** The last row written before {@code createdBefore}; 0 when there is none. */
    public long lastIdBefore(java.time.Instant createdBefore) {
        Long max = em.createQuery("select max(o.id) from OutboxEntry o where o.createdAt < :before", Long.class)
                .setParameter("before", createdBefore).getSingleResult();
        return max == null ? 0 : max;
    }

    public long lastId() {
        Long max = em.createQuery("select max(o.id) from OutboxEntry o", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }
}
