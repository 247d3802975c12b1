package org.kafo.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.domain.directory.DirectoryFixture.db;
import static org.kafo.domain.directory.DirectoryFixture.draft;
import static org.kafo.domain.directory.DirectoryFixture.service;
import static org.kafo.domain.directory.DirectoryFixture.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.directory.Drafts.HoursDraft;
import org.kafo.domain.directory.Drafts.LocationDraft;
import org.kafo.domain.directory.Drafts.OrganizationDraft;
import org.kafo.domain.directory.Drafts.ServiceDraft;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenant.PartnerOnboarded;

class HsdsTest {

    private static final long LIMIT = 1024 * 1024;
    private final Caller coordination = Callers.of("ame", Role.NETWORK_ADMIN);

    @BeforeEach
    void empty() {
        DirectoryFixture.emptyDirectory();
    }

    @Test
    void anExportImportedIntoAnEmptyPortalGivesTheSameDirectory() {
        aSmallDirectory();
        String first = export(coordination);

        DirectoryFixture.emptyDirectory();
        HsdsImport.Report report = importText(coordination, first);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.services()).isEqualTo(3);
        assertThat(export(coordination)).isEqualTo(first);

        JsonObject again = json(export(coordination));
        assertThat(again.getJsonArray("organizations").getJsonObject(0).getString("x_kafo_tenant")).isEqualTo("ame");
        assertThatThrownBy(() -> importText(coordination, first)).as("a member's entry is its own, even for the coordination")
                .isInstanceOf(DomainException.class).hasMessageContaining("tenue par l'association « ame »");
        String networkOnly = Json.createObjectBuilder(again).add("organizations", Json.createArrayBuilder()
                .add(again.getJsonArray("organizations").getJsonObject(1))).build().toString();
        db.truncate("search_outbox");
        HsdsImport.Report second = importText(coordination, networkOnly);
        long rows = db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from search_outbox where kind = 'actor'")
                .getSingleResult()).longValue());
        assertThat(rows).as("a replaced entry reaches search").isEqualTo(1);
        assertThat(second.created()).as("importing it again replaces, never duplicates").isZero();
        assertThat(second.replaced()).isEqualTo(1);
        assertThat(export(coordination)).isEqualTo(first);
    }

    @Test
    void theExportIsAnHsdsDocumentValidAgainstTheStandardsSchemas() {
        aSmallDirectory();
        JsonObject document = json(export(coordination));
        Checks fields = Checks.start();
        document.getJsonArray("organizations").getValuesAs(JsonObject.class).forEach(o -> {
            HsdsSchema.check("organization", o, fields);
            o.getJsonArray("services").getValuesAs(JsonObject.class).forEach(s -> HsdsSchema.check("service", s, fields));
        });
        document.getJsonArray("taxonomy_terms").getValuesAs(JsonObject.class).forEach(t -> HsdsSchema.check("taxonomy_term", t, fields));
        assertThat(fields.errors()).isEmpty();
        assertThat(document.getString("version")).isEqualTo("3.0");
    }

    @Test
    void contactPersonsDirectDetailsLeaveOnlyForSignedInReaders() {
        aSmallDirectory();
        String anonymous = export(Caller.anonymous());
        assertThat(anonymous).contains("Awa Traoré").doesNotContain("awa@example.org").doesNotContain("+223 70 00 00 01");
        assertThat(export(Callers.of(null, Role.OBSERVER))).contains("awa@example.org", "+223 70 00 00 01");
    }

    @Test
    void aMalformedFileIsRefusedWithWhereItBreaks() {
        assertRefused("{\"organizations\": [ {\"id\": ", "file", "ligne 1");
        assertRefused("[1, 2]", "file", "objet JSON");
        assertRefused("{\"version\": \"2.0\", \"organizations\": []}", "version", "HSDS 3");
    }

    @Test
    void aPartlyInvalidFileImportsNothingAndNamesTheRecordAndTheField() {
        aSmallDirectory();
        JsonObject good = json(export(coordination));
        DirectoryFixture.emptyDirectory();
        var organizations = good.getJsonArray("organizations");
        JsonObject second = organizations.getJsonObject(1);
        JsonObject service = second.getJsonArray("services").getJsonObject(0);
        JsonObject broken = Json.createObjectBuilder(second).add("services", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(service).add("status", "ouvert").add("email", "pas-un-courriel"))).build();
        String file = Json.createObjectBuilder(good).add("organizations", Json.createArrayBuilder()
                .add(organizations.getJsonObject(0)).add(broken)).build().toString();

        assertThatThrownBy(() -> importText(coordination, file)).isInstanceOf(DomainException.class).satisfies(e -> {
            List<DomainException.FieldError> errors = ((DomainException) e).errors();
            assertThat(errors).extracting(DomainException.FieldError::field)
                    .containsExactlyInAnyOrder("organizations[1].services[0].status", "organizations[1].services[0].email");
            assertThat(errors.get(0).message()).startsWith("Organisation n° 2 « " + second.getString("name") + " », service n° 1 « "
                    + service.getString("name") + " » :");
        });
        assertThat(count()).isZero();
    }

    @Test
    void aFileWithUnknownTermsOrDuplicateNamesImportsNothing() {
        aSmallDirectory();
        JsonObject good = json(export(coordination));
        DirectoryFixture.emptyDirectory();
        var organizations = good.getJsonArray("organizations");
        JsonObject copy = Json.createObjectBuilder(organizations.getJsonObject(1)).add("id", UUID.randomUUID().toString())
                .add("alternate_name", "AUTRE").add("services", Json.createArrayBuilder()).add("locations", Json.createArrayBuilder()).build();
        String duplicate = Json.createObjectBuilder(good).add("organizations", Json.createArrayBuilder(organizations).add(copy)).build().toString();
        assertThatThrownBy(() -> importText(coordination, duplicate)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Organisation n° 3").hasMessageContaining("porte déjà le nom");
        assertThat(count()).isZero();

        String unknownTerm = good.toString().replace("\"code\":\"psychosocial\"", "\"code\":\"magie\"");
        assertThatThrownBy(() -> importText(coordination, unknownTerm)).isInstanceOf(DomainException.class)
                .hasMessageContaining("terme inconnu de l'annuaire : « magie »");
        assertThat(count()).isZero();
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() {
        String huge = "{\"organizations\": [" + "{\"id\": \"x\"},".repeat(200_000) + "{}]}";
        assertThatThrownBy(() -> importText(coordination, huge)).isInstanceOf(DomainException.class)
                .hasMessageContaining("dépasse la taille permise");
        StringBuilder many = new StringBuilder("{\"organizations\": [");
        for (int i = 0; i <= HsdsImport.MAX_ORGANIZATIONS; i++) {
            many.append(i == 0 ? "" : ",").append("{}");
        }
        assertThatThrownBy(() -> importText(coordination, many + "]}")).isInstanceOf(DomainException.class)
                .hasMessageContaining(HsdsImport.MAX_ORGANIZATIONS + " au plus");
    }

    @Test
    void onlyTheNetworksCoordinationImports() {
        assertThatThrownBy(() -> importText(Callers.of("ame", Role.TENANT_ADMIN), "{\"organizations\": []}"))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
    }

    @Test
    void theStandardsOwnExampleIsReadAndRefusedOnlyForWhatKafoNeeds() throws Exception {
        JsonObject example = json(Files.readString(Path.of("../docs/standards/hsds-3.0/examples/organization_full.json")));
        String file = Json.createObjectBuilder().add("organizations", Json.createArrayBuilder().add(example)).build().toString();
        assertThatThrownBy(() -> importText(coordination, file)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).errors()).extracting(DomainException.FieldError::field)
                        .contains("organizations[0].x_kafo_kind"));
    }

    @Test
    void theDemoDirectoryOfThePortalIsAValidHsdsFile() throws Exception {
        String demo = Files.readString(Path.of("../portal-web/src/main/resources/demo/directory.hsds.json"));
        HsdsImport.Report report = importText(coordination, demo);
        assertThat(report.created()).isGreaterThanOrEqualTo(20);
        Page<Service> psychosocial = with(w -> w.organizations.services(Caller.anonymous(),
                new DirectoryFilter(null, "psychosocial", "femmes", null, null, null), 0, 10));
        assertThat(psychosocial.items()).extracting(s -> s.organization().shortName()).contains("AME");
        assertThat(with(w -> w.organizations.ofTenant("mission-catholique-gao")).orElseThrow().locations())
                .extracting(l -> l.region().code()).containsExactly("gao");
    }

    /** The AME (a member, from onboarding) and the CIGEM (kept by the network), with services in two places. */
    private void aSmallDirectory() {
        UUID ame = with(w -> w.directory.enterMember(new PartnerOnboarded("ame", "Association Malienne des Expulsés", "AME",
                "ML", "Bamako", "association-de-migrants", null))).id();
        Caller ameAdmin = Callers.of("ame", Role.TENANT_ADMIN);
        OrganizationDraft d = draft("Association Malienne des Expulsés", "AME", "association-de-migrants");
        Organization entry = with(w -> w.directory.update(ameAdmin, ame, new OrganizationDraft(d.name(), d.acronym(), d.kind(), d.country(),
                d.description(), d.website(), d.email(), d.phone(), "PUBLIC", d.contacts(), List.of(
                new LocationDraft(null, "Aéroport de Bamako-Sénou", null, "Bamako", "ML", "bamako", 12.5335, -7.9499,
                        List.of(new HoursDraft(List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU"), null, null, "à l'arrivée des vols"))),
                new LocationDraft(null, "Local de Korofina", "Korofina", "Bamako", "ML", "bamako", null, null, List.of())), null)));
        UUID korofina = entry.locations().get(1).id();
        with(w -> w.directory.addService(ameAdmin, ame, new ServiceDraft("Hébergement provisoire", null, "hebergement",
                List.of("expulses", "refoules"), List.of("fr", "bm"), null, "ACTIVE", 12, List.of(korofina),
                List.of(new HoursDraft(List.of("MO", "FR"), "08:00", "18:30", null)))));
        UUID listening = with(w -> w.directory.addService(ameAdmin, ame, service("Soutien psychosocial", "psychosocial", List.of("femmes")))).id();
        with(w -> w.directory.assure(ameAdmin, listening));
        UUID cigem = with(w -> w.directory.create(coordination, draft("Centre d'information et de gestion des migrations", "CIGEM",
                "service-etat"))).id();
        with(w -> w.directory.addService(coordination, cigem, service("Information et orientation", "accueil", List.of())));
    }

    private static String export(Caller reader) {
        return with(w -> HsdsExport.of(w.organizations.allVisible(reader), w.taxonomies.allTerms(), DirectoryRule.seesDirectContacts(reader)).toString());
    }

    private static HsdsImport.Report importText(Caller caller, String text) {
        return with(w -> w.hsds.importFile(caller, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), LIMIT));
    }

    private void assertRefused(String text, String field, String words) {
        assertThatThrownBy(() -> importText(coordination, text)).isInstanceOf(DomainException.class)
                .hasMessageContaining(words)
                .satisfies(e -> assertThat(((DomainException) e).errors().get(0).field()).isEqualTo(field));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new java.io.StringReader(text))) {
            return reader.readObject();
        }
    }

    private static long count() {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from directory_organization").getSingleResult()).longValue());
    }
}
