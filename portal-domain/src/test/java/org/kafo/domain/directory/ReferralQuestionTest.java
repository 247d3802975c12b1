package org.kafo.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.domain.directory.DirectoryFixture.db;
import static org.kafo.domain.directory.DirectoryFixture.service;
import static org.kafo.domain.directory.DirectoryFixture.with;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.directory.DirectoryFilter.Part;
import org.kafo.domain.directory.Drafts.LocationDraft;
import org.kafo.domain.directory.Drafts.OrganizationDraft;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/**
 * The referral question answered at the service's level: words found in the service, not in its organisation; an
 * empty answer proposes the nearest wider question that has answers, as the caller may see them.
 */
class ReferralQuestionTest {

    private final Caller coordination = Callers.of("ame", Role.NETWORK_ADMIN);
    private final Caller observer = Callers.of(null, Role.OBSERVER);

    private UUID ame;

    @BeforeEach
    void aDirectoryLikeTheDemo() {
        DirectoryFixture.emptyDirectory();
        // the AME in Bamako: its description says "soutien psychosocial", one of its services gives it, to women too
        ame = with(w -> w.directory.create(coordination, entry("Association Malienne des Expulsés", "AME", "association-de-migrants",
                "Accueil, soutien psychosocial et plaidoyer pour les migrants de retour forcé.", "PUBLIC", "Bamako", "bamako"))).id();
        with(w -> w.directory.addService(coordination, ame, service("Écoute et soutien psychosocial", "psychosocial",
                List.of("femmes", "expulses"))));
        with(w -> w.directory.addService(coordination, ame, service("Aide au transport vers la région d'origine", "transport",
                List.of("expulses"))));
        with(w -> w.directory.addService(coordination, ame, service("Assistance juridique", "juridique", List.of("expulses"))));
        with(w -> w.directory.addService(coordination, ame, service("Hébergement provisoire à Korofina", "hebergement", List.of("refoules"))));
        UUID gao = with(w -> w.directory.create(coordination, entry("Mission catholique de Gao", "MCG", "confessionnelle",
                "Accueil des refoulés.", "PUBLIC", "Gao", "gao"))).id();
        with(w -> w.directory.addService(coordination, gao, service("Soutien aux refoulés", "accueil", List.of("refoules"))));
    }

    @Test
    void wordsAreFoundInTheServiceNotInTheDescriptionOfItsOrganisation() {
        Page<Service> psychosocial = with(w -> w.organizations.services(observer, words("psychosocial"), 0, 20));
        assertThat(psychosocial.items()).extracting(Service::name).containsExactly("Écoute et soutien psychosocial");
        assertThat(psychosocial.total()).isEqualTo(1);
        // its category's name and its target groups are the service's own words too
        assertThat(with(w -> w.organizations.services(observer, words("femmes"), 0, 20)).items()).extracting(Service::name)
                .containsExactly("Écoute et soutien psychosocial");
        assertThat(with(w -> w.organizations.services(observer, words("juridique personnes"), 0, 20)).items()).extracting(Service::name)
                .containsExactly("Assistance juridique");
        // the list of actors still finds an actor by its description
        assertThat(with(w -> w.organizations.organizations(observer, words("plaidoyer"), 0, 20)).items()).extracting(Organization::acronym)
                .containsExactly("AME");
        assertThat(with(w -> w.organizations.services(observer, words("plaidoyer"), 0, 20)).total()).isZero();
    }

    @Test
    void noServiceForWomenInGaoProposesTheSameServiceInAllRegions() {
        DirectoryFilter question = new DirectoryFilter(null, "psychosocial", "femmes", "gao", null, null);
        assertThat(with(w -> w.organizations.services(observer, question, 0, 20)).total()).isZero();

        WiderSearch wider = widerServices(observer, question).orElseThrow();
        assertThat(wider.widened()).containsExactly(Part.REGION);
        assertThat(wider.filter()).isEqualTo(new DirectoryFilter(null, "psychosocial", "femmes", null, null, null));
        assertThat(wider.total()).isEqualTo(1);
        assertThat(with(w -> w.organizations.services(observer, wider.filter(), 0, 20)).items()).extracting(Service::name)
                .containsExactly("Écoute et soutien psychosocial");
        // the same with the words of the issue instead of the category, and a city
        WiderSearch byWords = widerServices(observer,
                new DirectoryFilter("soutien psychosocial", null, "femmes", "gao", "Gao", null)).orElseThrow();
        assertThat(byWords.widened()).containsExactly(Part.REGION, Part.CITY);
    }

    @Test
    void thePublicIsWidenedWhenThePlaceHasTheServiceForOthers() {
        DirectoryFilter question = new DirectoryFilter(null, "accueil", "femmes", "gao", null, null);
        WiderSearch wider = widerServices(observer, question).orElseThrow();
        assertThat(wider.widened()).containsExactly(Part.TARGET_GROUP);
        assertThat(with(w -> w.organizations.services(observer, wider.filter(), 0, 20)).items()).extracting(Service::name)
                .containsExactly("Soutien aux refoulés");
        // with the words "soutien psychosocial" and a category that gives nothing: the words go, the category stays
        WiderSearch noWords = widerServices(observer, new DirectoryFilter("écoute", "hebergement", null, null, null, null))
                .orElseThrow();
        assertThat(noWords.widened()).containsExactly(Part.TEXT);
        assertThat(noWords.filter().category()).isEqualTo("hebergement");
    }

    @Test
    void nothingIsProposedWhenNothingWiderAnswers() {
        assertThat(widerServices(observer, new DirectoryFilter(null, "etat-civil", "femmes", "gao", null, null)))
                .isEmpty();
        // the words alone say what is looked for: they are never widened away
        assertThat(widerServices(observer, new DirectoryFilter("passeport", null, "femmes", "gao", null, null)))
                .isEmpty();
        assertThat(widerServices(observer, DirectoryFilter.NONE)).isEmpty();
    }

    @Test
    void aServiceShownToTheNetworkOnlyIsNeverProposedToAnonymousVisitors() {
        UUID reserved = with(w -> w.directory.create(coordination, entry("Cellule d'écoute réservée", "CER", "ong-nationale",
                "Réservée au réseau.", "NETWORK", "Kidal", "kidal"))).id();
        with(w -> w.directory.addService(coordination, reserved, service("Rétablissement des liens familiaux", "liens-familiaux",
                List.of("femmes"))));
        DirectoryFilter question = new DirectoryFilter(null, "liens-familiaux", "femmes", "gao", null, null);

        assertThat(widerServices(Caller.anonymous(), question)).as("anonymous: nothing").isEmpty();
        assertThat(widerEntries(Caller.anonymous(), question)).as("anonymous, actors: nothing").isEmpty();
        Optional<WiderSearch> forTheNetwork = widerServices(observer, question);
        assertThat(forTheNetwork).get().extracting(WiderSearch::total).isEqualTo(1L);
        assertThat(widerEntries(observer, question)).get().extracting(WiderSearch::widened)
                .isEqualTo(List.of(Part.REGION));
    }

    @Test
    void widerQuestionsComeNearestFirst() {
        DirectoryFilter question = new DirectoryFilter("écoute", "psychosocial", "femmes", "gao", "Gao", "ong-nationale");
        List<String> order = question.widenings().stream()
                .map(w -> w.widened().stream().map(Enum::name).collect(Collectors.joining("+"))).toList();
        assertThat(order).startsWith("CITY", "REGION+CITY", "TARGET_GROUP", "KIND", "TEXT", "CITY+TARGET_GROUP",
                "REGION+CITY+TARGET_GROUP", "CITY+KIND");
        assertThat(order).hasSize(23).doesNotHaveDuplicates();
        assertThat(order.get(22)).as("the widest last: when it has no answer, none has").isEqualTo("REGION+CITY+TARGET_GROUP+KIND+TEXT");
        assertThat(question.widenings()).allMatch(w -> "psychosocial".equals(w.filter().category()));
        assertThat(new DirectoryFilter("écoute", null, "femmes", null, null, null).widenings())
                .extracting(w -> w.widened()).containsExactly(List.of(Part.TARGET_GROUP));
    }

    @Test
    void theMigrationGivesKeptServicesTheKeyThePortalComputes() throws IOException {
        Map<String, String> computed = keys();
        assertThat(computed.get("Écoute et soutien psychosocial")).contains(" ecoute ", " psychosocial ", " femmes ", " personnes ");
        db.run(em -> em.createNativeQuery("update directory_service set search_key = ''").executeUpdate());
        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V3_3__directory_service_search_key.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String update = migration.substring(migration.indexOf("update directory_service"));
        db.run(em -> em.createNativeQuery(update.strip().replaceAll(";$", "")).executeUpdate());
        Map<String, String> migrated = keys();
        computed.forEach((name, key) -> assertThat(keyWords(migrated.get(name))).as(name).isEqualTo(keyWords(key)));
    }

    private static Optional<WiderSearch> widerServices(Caller caller, DirectoryFilter question) {
        return with(w -> w.organizations.widerServices(caller, question));
    }

    private static Optional<WiderSearch> widerEntries(Caller caller, DirectoryFilter question) {
        return with(w -> w.organizations.widerEntries(caller, question));
    }

    private Map<String, String> keys() {
        return with(w -> w.em.createQuery("select s from Service s", Service.class).getResultList().stream()
                .collect(Collectors.toMap(Service::name, Service::searchKey)));
    }

    private static java.util.Set<String> keyWords(String key) {
        return new java.util.HashSet<>(List.of(key.strip().split(" ")));
    }

    private static DirectoryFilter words(String text) {
        return new DirectoryFilter(text, null, null, null, null, null);
    }

    private static OrganizationDraft entry(String name, String acronym, String kind, String description, String visibility,
                                           String city, String region) {
        return new OrganizationDraft(name, acronym, kind, "ML", description, null, null, null, visibility, List.of(),
                List.of(new LocationDraft(null, "Siège", null, city, "ML", region, null, null, List.of())), null);
    }
}
