package org.kafo.domain.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/** The regions, for every feature that places something. Public reference data. */
@ApplicationScoped
public class Regions {

    private EntityManager em;

    protected Regions() {
    }

    @Inject
    public Regions(EntityManager em) {
        this.em = em;
    }

    public List<Region> active() {
        return em.createQuery("select r from Region r where r.active = true order by r.name", Region.class).getResultList();
    }

    /** The region of that code, or a French error naming the field. */
    public Region require(String code, String field) {
        Region region = code == null ? null : em.find(Region.class, code);
        if (region == null || !region.active()) {
            throw DomainException.invalid(field, Message.of("directory.region.unknown", code));
        }
        return region;
    }
}
