package org.kafo.domain.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.outbox.Outbox;
import org.kafo.domain.reference.Region;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.PartnerTenants;

/**
 * The shared lists the directory uses: service categories, target groups, and the spine's regions. Anyone
 * reads them; the network admins add, rename, retire and offer again. A retired term or region stays on the
 * entries that have it, and is no longer offered for new ones. Renaming re-indexes the entries that show it.
 */
@ApplicationScoped
public class Taxonomies {

    private EntityManager em;
    private AuditLog audit;
    private Outbox outbox;

    protected Taxonomies() {
    }

    @Inject
    public Taxonomies(EntityManager em, AuditLog audit, Outbox outbox) {
        this.em = em;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** The terms of a taxonomy by name; retired ones too when asked. */
    public List<Term> terms(Taxonomy taxonomy, boolean withRetired) {
        return em.createQuery("select t from Term t where t.taxonomy = :taxonomy"
                        + (withRetired ? "" : " and t.active = true") + " order by t.name", Term.class)
                .setParameter("taxonomy", taxonomy).getResultList();
    }

    /** Every term of every taxonomy, retired ones too, by taxonomy then code (exports). */
    public List<Term> allTerms() {
        return em.createQuery("select t from Term t order by t.taxonomy, t.code", Term.class).getResultList();
    }

    /** The active term of that code in that taxonomy, or an error on {@code field}. */
    Term require(Taxonomy taxonomy, String code, String field, Checks checks) {
        Term term = code == null ? null : em.find(Term.class, code.strip());
        if (term == null || term.taxonomy() != taxonomy || !term.active()) {
            checks.error(field, "directory.term.unknown", taxonomy.label(), code);
            return null;
        }
        return term;
    }

    /** For filters: the term must exist (retired ones still filter what has them). */
    Term known(Taxonomy taxonomy, String code, String field) {
        Term term = em.find(Term.class, code);
        if (term == null || term.taxonomy() != taxonomy) {
            throw DomainException.invalid(field, Message.of("directory.term.unknown", taxonomy.named(), code));
        }
        return term;
    }

    public List<Region> regions(boolean withRetired) {
        return em.createQuery("select r from Region r" + (withRetired ? "" : " where r.active = true") + " order by r.name",
                Region.class).getResultList();
    }

    @Transactional
    public Term add(Caller caller, Taxonomy taxonomy, String code, String name) {
        requireKeeper(caller);
        Checks checks = Checks.start();
        String checkedName = checks.line("name", "directory.field.termName", name).max(Organization.NAME_MAX).required();
        String checkedCode = code == null ? null : code.strip().toLowerCase(Locale.ROOT);
        if (checks.check(PartnerTenants.isAlias(checkedCode), "code", "directory.term.codeShape")) {
            checks.check(em.find(Term.class, checkedCode) == null, "code", "directory.term.codeTaken", checkedCode);
        }
        checks.throwIfAny();
        requireUniqueName(taxonomy, checkedName, null);
        Term term = new Term(checkedCode, taxonomy, checkedName);
        em.persist(term);
        audit.write(caller, "directory.term.add", "directory-term", checkedCode, null, checkedName);
        return term;
    }

    /** Renames a term and/or retires it or offers it again. */
    @Transactional
    public Term change(Caller caller, String code, String name, Boolean active) {
        requireKeeper(caller);
        Term term = code == null ? null : em.find(Term.class, code);
        if (term == null) {
            throw DomainException.notFound(Message.of("directory.term.unknownCode", code));
        }
        Checks checks = Checks.start();
        String checkedName = name == null ? null : checks.line("name", "directory.field.termName", name).max(Organization.NAME_MAX).required();
        checks.throwIfAny();
        if (checkedName != null && !checkedName.equals(term.name())) {
            requireUniqueName(term.taxonomy(), checkedName, term.code());
            term.rename(checkedName);
            reindexEntriesUsing(term);
        }
        if (active != null && active != term.active()) {
            if (active) {
                term.reactivate();
            } else {
                term.retire();
            }
        }
        audit.write(caller, "directory.term.change", "directory-term", term.code(), null, term.name() + (term.active() ? "" : " (retiré)"));
        return term;
    }

    @Transactional
    public Region changeRegion(Caller caller, String code, String name, Boolean active) {
        requireKeeper(caller);
        Region region = code == null ? null : em.find(Region.class, code);
        if (region == null) {
            throw DomainException.notFound(Message.of("directory.region.unknown", code));
        }
        Checks checks = Checks.start();
        String checkedName = name == null ? null : checks.line("name", "directory.field.termName", name).max(Organization.NAME_MAX).required();
        checks.throwIfAny();
        if (checkedName != null && !checkedName.equals(region.name())) {
            long same = em.createQuery("select count(r) from Region r where lower(r.name) = :name and r.code <> :code", Long.class)
                    .setParameter("name", checkedName.toLowerCase(Locale.ROOT)).setParameter("code", code).getSingleResult();
            if (same > 0) {
                throw DomainException.invalid("name", Message.of("directory.region.nameTaken", checkedName));
            }
            region.rename(checkedName);
            reindex(em.createQuery("select distinct l.organization.id from Location l where l.region = :region", UUID.class)
                    .setParameter("region", region).getResultList());
        }
        if (active != null && active != region.active()) {
            if (active) {
                region.reactivate();
            } else {
                region.retire();
            }
        }
        audit.write(caller, "reference.region.change", "region", region.code(), null, region.name() + (region.active() ? "" : " (retirée)"));
        return region;
    }

    private void requireUniqueName(Taxonomy taxonomy, String name, String exceptCode) {
        long same = em.createQuery("select count(t) from Term t where t.taxonomy = :taxonomy and lower(t.name) = :name"
                        + " and t.code <> :code", Long.class)
                .setParameter("taxonomy", taxonomy).setParameter("name", name.toLowerCase(Locale.ROOT))
                .setParameter("code", exceptCode == null ? "" : exceptCode)
                .getSingleResult();
        if (same > 0) {
            throw DomainException.invalid("name", Message.of("directory.term.nameTaken", taxonomy.named(), name));
        }
    }

    private void reindexEntriesUsing(Term term) {
        reindex(em.createQuery("select distinct s.organization.id from Service s left join s.targetGroups t"
                + " where s.category = :term or t = :term", UUID.class).setParameter("term", term).getResultList());
    }

    /** The entries show the renamed term or region: their free-text key and search documents change. */
    private void reindex(List<UUID> organizationIds) {
        for (UUID id : organizationIds) {
            Organization entry = em.find(Organization.class, id);
            entry.refreshSearchKey();
            outbox.changed(Organization.SEARCH_KIND, id);
        }
    }

    private static void requireKeeper(Caller caller) {
        if (!DirectoryRule.keepsTaxonomies(caller)) {
            throw DomainException.forbidden(Message.of("directory.term.networkAdminOnly"));
        }
    }
}
