package org.kafo.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.domain.directory.DirectoryFixture.db;
import static org.kafo.domain.directory.DirectoryFixture.draft;
import static org.kafo.domain.directory.DirectoryFixture.service;
import static org.kafo.domain.directory.DirectoryFixture.with;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.directory.Drafts.LocationDraft;
import org.kafo.domain.directory.Drafts.OrganizationDraft;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenant.PartnerOnboarded;

class DirectoryTest {

    private final Caller coordination = Callers.of("ame", Role.NETWORK_ADMIN);
    private final Caller ameAdmin = Callers.of("ame", Role.TENANT_ADMIN);
    private final Caller ameMember = Callers.of("ame", Role.MEMBER);
    private final Caller cimadeAdmin = Callers.of("cimade", Role.TENANT_ADMIN);
    private final Caller observer = Callers.of(null, Role.OBSERVER);

    @BeforeEach
    void empty() {
        DirectoryFixture.emptyDirectory();
    }

    @Test
    void onboardingGivesTheNewMemberItsEntryKeptByItsOwnAdminOnly() {
        UUID ame = with(w -> w.directory.enterMember(new PartnerOnboarded("ame", "Association Malienne des Expulsés", "AME", "ML",
                "Bamako", "association-de-migrants", "contact@ame.example"))).id();
        Organization entry = with(w -> w.organizations.visible(Caller.anonymous(), ame));
        assertThat(entry.memberTenant()).isEqualTo("ame");
        assertThat(entry.locations()).extracting(l -> l.region().code()).containsExactly("bamako");
        assertThat(entry.contacts()).extracting(Contact::email).containsExactly("contact@ame.example");

        OrganizationDraft edit = draft("Association Malienne des Expulsés", "AME", "association-de-migrants");
        assertThat(with(w -> w.directory.update(ameAdmin, ame, edit)).description()).startsWith("Description de");
        for (Caller refused : List.of(ameMember, cimadeAdmin, coordination, observer)) {
            assertThatThrownBy(() -> with(w -> w.directory.update(refused, ame, edit)))
                    .as(refused.username()).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
        }
        assertThat(with(w -> w.directory.enterMember(new PartnerOnboarded("ame", "Association Malienne des Expulsés", "AME",
                "ML", "Bamako", null, null))).id()).as("a second event changes nothing").isEqualTo(ame);
    }

    @Test
    void theEntryIsMadeInsideTheOnboardingTransactionSoAFailedOnboardingLeavesNone() throws Exception {
        PartnerOnboarded apdha = new PartnerOnboarded("apdha", "Asociación Pro Derechos Humanos de Andalucía", "APDHA", "ES",
                "Séville", "ong-internationale", null);
        assertThatThrownBy(() -> with(w -> {
            new MemberEntries(w.directory).onboarded(apdha);
            w.em.flush();
            throw new IllegalStateException("the onboarding failed after the event");
        })).hasMessage("the onboarding failed after the event");
        java.util.Optional<Organization> none = with(w -> w.organizations.ofTenant("apdha"));
        assertThat(none).isEmpty();

        with(w -> {
            new MemberEntries(w.directory).onboarded(apdha);
            return null;
        });
        Organization entry = with(w -> w.organizations.ofTenant("apdha")).orElseThrow();
        assertThat(entry.locations()).extracting(Location::label).containsExactly("Séville (Espagne)");
        // observed in the firing transaction, not after it succeeded
        var observes = MemberEntries.class.getDeclaredMethod("onboarded", PartnerOnboarded.class).getParameters()[0]
                .getAnnotation(jakarta.enterprise.event.Observes.class);
        assertThat(observes.during()).isEqualTo(jakarta.enterprise.event.TransactionPhase.IN_PROGRESS);
        assertThatThrownBy(() -> with(w -> w.directory.enterMember(new PartnerOnboarded("cimade", "La Cimade", null, "FR", null,
                "club-de-foot", null)))).as("a wrong kind undoes the onboarding").isInstanceOf(DomainException.class)
                .hasMessageContaining("club-de-foot");
    }

    @Test
    void anOnboardedAssociationAdoptsTheEntryTheNetworkKeptForIt() {
        UUID kept = with(w -> w.directory.create(coordination, draft("La Cimade", "Cimade", "ong-internationale"))).id();
        UUID entry = with(w -> w.directory.enterMember(new PartnerOnboarded("cimade", "La Cimade", "Cimade", "FR", "Paris",
                "ong-internationale", null))).id();
        assertThat(entry).isEqualTo(kept);
        assertThat(with(w -> w.organizations.visible(observer, entry)).memberTenant()).isEqualTo("cimade");
        assertThatThrownBy(() -> with(w -> w.directory.update(coordination, entry, draft("La Cimade", "Cimade", "ong-internationale"))))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void networkAdminsKeepTheEntriesOfActorsThatAreNotMembers() {
        UUID oim = with(w -> w.directory.create(coordination, draft("Organisation internationale pour les migrations", "OIM",
                "organisation-internationale"))).id();
        assertThat(with(w -> w.directory.update(coordination, oim, draft("Organisation internationale pour les migrations", "OIM",
                "organisation-internationale"))).acronym()).isEqualTo("OIM");
        for (Caller refused : List.of(ameAdmin, ameMember, observer, Caller.anonymous())) {
            assertThatThrownBy(() -> with(w -> w.directory.create(refused, draft("CIGEM", "CIGEM", "service-etat"))))
                    .isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> with(w -> w.directory.update(refused, oim, draft("X", null, "media"))))
                    .isInstanceOf(DomainException.class);
        }
        with(w -> {
            w.directory.delete(coordination, oim);
            return null;
        });
        assertThatThrownBy(() -> with(w -> w.organizations.visible(coordination, oim))).isInstanceOf(DomainException.class);
    }

    @Test
    void badInputIsRefusedFieldByFieldInFrenchAndChangesNothing() {
        with(w -> w.directory.create(coordination, draft("Caritas Mali", "Caritas", "confessionnelle")));
        long outboxBefore = count("search_outbox");
        OrganizationDraft bad = new OrganizationDraft("caritas mali", "CARITAS", "club", "XX", null, "ftp:/nulle-part",
                "pas-un-courriel", "appelez-moi", "PRIVATE", List.of(),
                List.of(new LocationDraft(null, "Camp", null, "Atlantide", "ML", "atlantide", 120.0, 500.0, List.of())), null);
        assertThatThrownBy(() -> with(w -> w.directory.create(coordination, bad)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(d.errors()).extracting(DomainException.FieldError::field).contains("name", "acronym", "kind", "country",
                            "website", "email", "phone", "visibility", "locations[0].region", "locations[0].latitude", "locations[0].longitude");
                    assertThat(d.errors()).extracting(DomainException.FieldError::message)
                            .anyMatch(m -> m.contains("Une autre fiche porte déjà le nom « Caritas Mali »"))
                            .anyMatch(m -> m.startsWith("Lieu n° 1 : Latitude hors du monde"));
                });
        assertThat(count("directory_organization")).isEqualTo(1);
        assertThat(count("search_outbox")).isEqualTo(outboxBefore);
    }

    @Test
    void aServiceNeedsKnownTermsLanguagesAndItsOwnLocations() {
        UUID id = with(w -> w.directory.create(coordination, draft("ARACEM", "ARACEM", "association-de-migrants"))).id();
        var bad = new Drafts.ServiceDraft("Écoute", null, "magie", List.of("licornes"), List.of("xx"), null, "OUVERT", -3,
                List.of(UUID.randomUUID()), List.of(new Drafts.HoursDraft(List.of("LUNDI"), "25:00", "08:00", null)));
        assertThatThrownBy(() -> with(w -> w.directory.addService(coordination, id, bad)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).errors()).extracting(DomainException.FieldError::field)
                        .contains("category", "targetGroups[0]", "languages[0]", "status", "capacity", "locations[0]",
                                "hours[0].days", "hours[0].opensAt"));
        List<Service> services = with(w -> w.organizations.visible(coordination, id).services());
        assertThat(services).isEmpty();
    }

    @Test
    void theReferralQuestionFindsActiveServicesFirstThenTheMostRecentlyChecked() {
        UUID gao = with(w -> w.directory.create(coordination, draft("Mission catholique de Gao", "MCG", "confessionnelle"))).id();
        UUID other = with(w -> w.directory.create(coordination, draft("Écoute Gao", "EG", "ong-nationale"))).id();
        UUID old = with(w -> w.directory.addService(coordination, gao, service("Écoute des femmes", "psychosocial", List.of("femmes")))).id();
        UUID recent = with(w -> w.directory.addService(coordination, other, service("Soutien psychosocial", "psychosocial", List.of("femmes", "refoules")))).id();
        with(w -> w.directory.assure(coordination, recent));
        var stopped = service("Groupe de parole", "psychosocial", List.of("femmes"));
        with(w -> w.directory.addService(coordination, gao, new Drafts.ServiceDraft(stopped.name(), null, "psychosocial",
                List.of("femmes"), List.of(), null, "INACTIVE", null, List.of(), List.of())));
        with(w -> w.directory.addService(coordination, gao, service("Hébergement", "hebergement", List.of())));

        DirectoryFilter question = new DirectoryFilter(null, "psychosocial", "femmes", "gao", null, null);
        Page<Service> answer = with(w -> w.organizations.services(observer, question, 0, 10));
        assertThat(answer.items()).extracting(Service::name).containsExactly("Soutien psychosocial", "Écoute des femmes", "Groupe de parole");
        assertThat(answer.items().get(0).assuredDate()).isNotNull();
        assertThat(with(w -> w.organizations.services(observer, new DirectoryFilter("ecoute femmes", null, null, null, "GAO", null), 0, 10))
                .items()).extracting(Service::id).contains(old);
        assertThat(with(w -> w.organizations.services(observer, new DirectoryFilter(null, "psychosocial", null, "kayes", null, null), 0, 10))
                .total()).isZero();
        assertThat(with(w -> w.organizations.organizations(observer, new DirectoryFilter(null, "hebergement", null, null, null, null), 0, 10))
                .items()).extracting(Organization::name).containsExactly("Mission catholique de Gao");
        assertThatThrownBy(() -> with(w -> w.organizations.services(observer, new DirectoryFilter(null, "magie", null, null, null, null), 0, 10)))
                .isInstanceOf(DomainException.class).hasMessageContaining("magie");
    }

    @Test
    void anEntryShownToTheNetworkOnlyIsHiddenFromAnonymousVisitors() {
        OrganizationDraft d = draft("Réseau Kayira", "Kayira", "media");
        UUID id = with(w -> w.directory.create(coordination, new OrganizationDraft(d.name(), d.acronym(), d.kind(), d.country(),
                d.description(), d.website(), d.email(), d.phone(), "NETWORK", d.contacts(), d.locations(), null))).id();
        assertThat(with(w -> w.organizations.visible(observer, id)).name()).isEqualTo("Réseau Kayira");
        assertThatThrownBy(() -> with(w -> w.organizations.visible(Caller.anonymous(), id)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(with(w -> w.organizations.organizations(Caller.anonymous(), DirectoryFilter.NONE, 0, 10)).total()).isZero();
        assertThat(DirectoryRule.seesDirectContacts(Caller.anonymous())).isFalse();
        assertThat(DirectoryRule.seesDirectContacts(observer)).isTrue();
    }

    @Test
    void everyChangeIsAuditedAndReachesSearchThroughTheOutbox() {
        UUID id = with(w -> w.directory.create(coordination, draft("CIGEM", "CIGEM", "service-etat"))).id();
        with(w -> w.directory.addService(coordination, id, service("Information et orientation", "accueil", List.of())));
        List<String> rows = strings("select kind || ':' || entity_id from search_outbox order by id");
        assertThat(rows).containsExactly("actor:" + id, "actor:" + id);
        List<String> actions = strings("select action from audit_entry order by id");
        assertThat(actions).containsExactly("directory.organization.create", "directory.service.add");
    }

    @Test
    void networkAdminsKeepTheTaxonomies() {
        try {
            keepTheTaxonomies();
        } finally {
            db.run(em -> {
                em.createNativeQuery("update region set name = 'Ménaka', active = true where code = 'menaka'").executeUpdate();
                em.createNativeQuery("update directory_term set name = 'Soutien psychosocial', active = true where code = 'psychosocial'").executeUpdate();
                em.createNativeQuery("delete from directory_term where code = 'personnes-agees'").executeUpdate();
            });
        }
    }

    private void keepTheTaxonomies() {
        with(w -> w.taxonomies.add(coordination, Taxonomy.TARGET_GROUP, "personnes-agees", "Personnes âgées"));
        with(w -> w.taxonomies.change(coordination, "psychosocial", "Soutien psychologique", false));
        List<Term> offered = with(w -> w.taxonomies.terms(Taxonomy.CATEGORY, false));
        List<Term> all = with(w -> w.taxonomies.terms(Taxonomy.CATEGORY, true));
        assertThat(offered).extracting(Term::code).doesNotContain("psychosocial");
        assertThat(all).extracting(Term::name).contains("Soutien psychologique");
        assertThatThrownBy(() -> with(w -> w.taxonomies.add(coordination, Taxonomy.CATEGORY, "Avec Espaces", "X")))
                .isInstanceOf(DomainException.class).hasMessageContaining("minuscules");
        assertThatThrownBy(() -> with(w -> w.taxonomies.add(coordination, Taxonomy.CATEGORY, "soins", "Médical")))
                .isInstanceOf(DomainException.class).hasMessageContaining("déjà le terme");
        assertThatThrownBy(() -> with(w -> w.taxonomies.change(ameAdmin, "medical", "Soins", null)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
        with(w -> w.taxonomies.changeRegion(coordination, "menaka", "Région de Ménaka", false));
        List<org.kafo.domain.reference.Region> regions = with(w -> w.taxonomies.regions(false));
        assertThat(regions).extracting(r -> r.code()).doesNotContain("menaka");
        assertThatThrownBy(() -> with(w -> w.taxonomies.changeRegion(coordination, "kidal", "Kayes", null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("Kayes");
        OrganizationDraft inMenaka = new OrganizationDraft("Nouvelle", "NV", "media", "ML", null, null, null, null, null, List.of(),
                List.of(new LocationDraft(null, null, null, "Ménaka", "ML", "menaka", null, null, List.of())), null);
        assertThatThrownBy(() -> with(w -> w.directory.create(coordination, inMenaka)))
                .as("a retired region is no longer offered").isInstanceOf(DomainException.class).hasMessageContaining("menaka");
    }

    @Test
    void openingHoursReadAsPeopleSayThem() {
        assertThat(new OpeningHours(List.of("MO", "TU", "WE", "TH", "FR"), java.time.LocalTime.of(8, 0), java.time.LocalTime.of(17, 0), null)
                .describe()).isEqualTo("du lundi au vendredi : 08:00–17:00");
        assertThat(new OpeningHours(OpeningHours.DAYS, null, null, "à l'arrivée des vols").describe())
                .isEqualTo("tous les jours (à l'arrivée des vols)");
        assertThat(new OpeningHours(List.of("MO", "TH"), java.time.LocalTime.of(9, 30), null, null).describe()).isEqualTo("lundi, jeudi : 09:30");
    }

    private static List<String> strings(String sql) {
        return db.inTransaction(em -> ((List<?>) em.createNativeQuery(sql).getResultList()).stream().map(String::valueOf).toList());
    }

    private static long count(String table) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }
}
