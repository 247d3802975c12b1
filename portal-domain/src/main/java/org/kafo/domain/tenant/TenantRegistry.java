package org.kafo.domain.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/**
 * The partner associations known to the portal. Who they are is public: the network shows its members.
 */
@ApplicationScoped
public class TenantRegistry {

    private EntityManager em;

    protected TenantRegistry() {
    }

    @Inject
    public TenantRegistry(EntityManager em) {
        this.em = em;
    }

    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.name", Tenant.class).getResultList();
    }

    /** One page of the associations by name ({@code first} from 0, at most {@code max}, up to 100): the database pages. */
    public List<Tenant> page(int first, int max) {
        return em.createQuery("select t from Tenant t order by t.name, t.alias", Tenant.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 100)).getResultList();
    }

    public int count() {
        return em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult().intValue();
    }

    public Optional<Tenant> find(String alias) {
        return alias == null ? Optional.empty() : Optional.ofNullable(em.find(Tenant.class, alias));
    }

    public Tenant require(String alias) {
        return find(alias).orElseThrow(() -> DomainException.notFound(Message.of("partner.unknown", alias)));
    }

    /** Checks that every alias names a tenant; used when a record is shared with partners. */
    public void requireAll(Collection<String> aliases, String field) {
        if (aliases == null || aliases.isEmpty()) {
            return;
        }
        Set<String> unknown = new TreeSet<>(aliases);
        unknown.removeAll(em.createQuery("select t.alias from Tenant t where t.alias in :aliases", String.class)
                .setParameter("aliases", Set.copyOf(aliases)).getResultList());
        if (!unknown.isEmpty()) {
            throw DomainException.invalid(field, Message.of("partner.unknown", String.join(", ", unknown)));
        }
    }

    public void add(Tenant tenant) {
        if (em.find(Tenant.class, tenant.alias()) != null) {
            throw DomainException.conflict(Message.of("partner.alias.takenShort", tenant.alias()));
        }
        em.persist(tenant);
    }
}
