package org.kafo.domain.directory;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.directory.Drafts.ContactDraft;
import org.kafo.domain.directory.Drafts.HoursDraft;
import org.kafo.domain.directory.Drafts.LocationDraft;
import org.kafo.domain.directory.Drafts.OrganizationDraft;
import org.kafo.domain.directory.Drafts.ServiceDraft;
import org.kafo.domain.outbox.Outbox;
import org.kafo.domain.support.TestDatabase;
import org.kafo.domain.tenant.TenantRegistry;

/** The directory's services on the test database, wired by hand as CDI would, and a few drafts. */
final class DirectoryFixture {

    static final TestDatabase db = TestDatabase.get();

    /** The directory, every table of it and the tenants ame and cimade, empty otherwise. */
    static void emptyDirectory() {
        db.truncate("directory_organization", "tenant", "search_outbox", "audit_entry");
        db.run(em -> {
            em.createNativeQuery("insert into tenant (alias, name, acronym, country, city) values "
                    + "('ame', 'Association Malienne des Expulsés', 'AME', 'ML', 'Bamako'), "
                    + "('cimade', 'La Cimade', 'Cimade', 'FR', 'Paris'), "
                    + "('apdha', 'Asociación Pro Derechos Humanos de Andalucía', 'APDHA', 'ES', 'Séville'), "
                    + "('mission-catholique-gao', 'Mission catholique de Gao', null, 'ML', 'Gao')").executeUpdate();
            em.createNativeQuery("update directory_term set active = true").executeUpdate();
            em.createNativeQuery("update region set active = true").executeUpdate();
        });
    }

    static <T> T with(Function<Wired, T> work) {
        return db.inTransaction(em -> work.apply(new Wired(em)));
    }

    /** The services of one transaction. */
    static final class Wired {
        final EntityManager em;
        final Taxonomies taxonomies;
        final Organizations organizations;
        final Directory directory;
        final HsdsImport hsds;

        Wired(EntityManager em) {
            this.em = em;
            AuditLog audit = new AuditLog(em);
            Outbox outbox = new Outbox(em);
            taxonomies = new Taxonomies(em, audit, outbox);
            organizations = new Organizations(em, taxonomies);
            directory = new Directory(em, organizations, taxonomies, audit, outbox);
            hsds = new HsdsImport(em, directory, organizations, new TenantRegistry(em), audit);
        }
    }

    static OrganizationDraft draft(String name, String acronym, String kind) {
        return new OrganizationDraft(name, acronym, kind, "ML", "Description de " + name, "https://example.org/" + acronym,
                "contact@example.org", "+223 20 00 00 00", "PUBLIC",
                List.of(new ContactDraft("Awa Traoré", "Coordinatrice", "+223 70 00 00 01", "awa@example.org")),
                List.of(new LocationDraft(null, "Siège", "Rue 1", "Gao", "ML", "gao", 16.27, -0.04,
                        List.of(new HoursDraft(List.of("MO", "TU", "WE", "TH", "FR"), "08:00", "17:00", null)))),
                null);
    }

    static ServiceDraft service(String name, String category, List<String> groups) {
        return new ServiceDraft(name, "Ce que fait " + name, category, groups, List.of("fr", "bm"), "Sans condition", "ACTIVE",
                null, List.of(), List.of());
    }
}
