package org.kafo.domain.gazetteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/**
 * Keeping the gazetteer. Anyone may read it (place names are no secret, and search applies them for every visitor);
 * only the network's coordination (network-admin) changes it, each change audited and moving the revision that every
 * instance watches.
 */
@ApplicationScoped
public class Places {

    static final String TARGET = "place";

    private EntityManager em;
    private AuditLog audit;

    protected Places() {
    }

    @Inject
    public Places(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    /** Every place, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Place> all() {
        return em.createQuery("select p from Place p order by p.nameKey", Place.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Place find(UUID id) {
        Place place = id == null ? null : em.find(Place.class, id);
        if (place == null) {
            throw DomainException.notFound(Message.of("gazetteer.place.notFound"));
        }
        return place;
    }

    /** Changes whenever a place is added, changed or removed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long revision() {
        return ((Number) em.createNativeQuery("select revision from gazetteer_state where id = 1").getSingleResult()).longValue();
    }

    @Transactional
    public Place add(Caller caller, PlaceInput input) {
        requireCoordination(caller);
        Place place = new Place(input);
        requireUnique(null, place);
        em.persist(place);
        changed(caller, "place.add", place);
        return place;
    }

    /** @param expectedVersion the version the caller saw; {@code null} to skip the check */
    @Transactional
    public Place change(Caller caller, UUID id, PlaceInput input, Long expectedVersion) {
        requireCoordination(caller);
        Place place = find(id);
        if (expectedVersion != null && expectedVersion != place.version()) {
            throw DomainException.conflict(Message.of("gazetteer.place.changed"));
        }
        requireUnique(id, new Place(input));
        place.describe(input);
        changed(caller, "place.change", place);
        return place;
    }

    @Transactional
    public void remove(Caller caller, UUID id) {
        requireCoordination(caller);
        Place place = find(id);
        em.remove(place);
        changed(caller, "place.remove", place);
    }

    /**
     * Fills the gazetteer with the bundled places once, the first time a portal starts on this database (on several
     * instances at once, one only: the state row is claimed). Later the administrators' gazetteer is left alone.
     *
     * @return how many places were added (0 once seeded)
     */
    @Transactional
    public int seed(List<PlaceInput> places) {
        int claimed = em.createNativeQuery("update gazetteer_state set seeded = true where id = 1 and not seeded").executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        Set<String> keys = new HashSet<>();
        all().forEach(p -> keys.addAll(p.keys()));
        int added = 0;
        for (PlaceInput input : places) {
            Place place = new Place(input);
            if (place.keys().stream().noneMatch(keys::contains)) {
                keys.addAll(place.keys());
                em.persist(place);
                added++;
            }
        }
        em.createNativeQuery("update gazetteer_state set revision = revision + 1 where id = 1").executeUpdate();
        return added;
    }

    private void requireCoordination(Caller caller) {
        if (!caller.has(Role.NETWORK_ADMIN)) {
            throw DomainException.forbidden(Message.of("gazetteer.networkAdminOnly"));
        }
    }

    /** A name or spelling belongs to one place only: "Senou" cannot be Sénou and another place at once. */
    private void requireUnique(UUID self, Place place) {
        List<Place> others = em.createQuery("select p from Place p", Place.class)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList();
        for (Place other : others) {
            if (other.id().equals(self)) {
                continue;
            }
            for (String key : place.keys()) {
                if (other.keys().contains(key)) {
                    throw DomainException.invalid("spellings", Message.of("gazetteer.spelling.taken", key, other.name()));
                }
            }
        }
    }

    private void changed(Caller caller, String action, Place place) {
        audit.write(caller, action, TARGET, place.id().toString(), null, place.name());
        em.createNativeQuery("update gazetteer_state set revision = revision + 1 where id = 1").executeUpdate();
    }
}
