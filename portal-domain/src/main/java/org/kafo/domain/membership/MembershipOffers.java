package org.kafo.domain.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kafo.domain.tenancy.Caller;

/** The offers waiting for their accounts' owners. Callers run in the web module's membership transactions. */
@ApplicationScoped
public class MembershipOffers {

    private EntityManager em;

    protected MembershipOffers() {
    }

    @Inject
    public MembershipOffers(EntityManager em) {
        this.em = em;
    }

    /** Offers {@code role} to the account, or renews the open offer of the same association to it. */
    public MembershipOffer offer(String tenantAlias, String userId, String email, MemberRole role, Caller by, Instant now) {
        Optional<MembershipOffer> open = em.createQuery("select o from MembershipOffer o where o.tenantAlias = :alias and o.userId = :user",
                        MembershipOffer.class).setParameter("alias", tenantAlias).setParameter("user", userId)
                .getResultStream().findFirst();
        if (open.isPresent()) {
            open.get().renew(email, role, by, now);
            return open.get();
        }
        MembershipOffer offer = MembershipOffer.to(tenantAlias, userId, email, role, by, now);
        em.persist(offer);
        return offer;
    }

    /** The caller's own offers that have not expired, the latest first. */
    public List<MembershipOffer> pendingFor(Caller caller, Instant now) {
        if (caller.userId().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from MembershipOffer o where o.userId = :user and o.expiresAt > :now order by o.createdAt desc",
                MembershipOffer.class).setParameter("user", caller.userId()).setParameter("now", now).getResultList();
    }

    /** One of the caller's offers; another's is "not found", as one that does not exist. */
    public Optional<MembershipOffer> find(Caller caller, UUID id) {
        return Optional.ofNullable(em.find(MembershipOffer.class, id)).filter(o -> o.isFor(caller));
    }

    public void remove(MembershipOffer offer) {
        em.remove(em.contains(offer) ? offer : em.merge(offer));
    }
}
