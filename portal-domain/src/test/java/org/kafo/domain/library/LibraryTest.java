package org.kafo.domain.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.files.SampleFiles;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.files.TextCleaner;
import org.kafo.domain.files.TextExtractor;
import org.kafo.domain.files.UploadLimit;
import org.kafo.domain.outbox.Outbox;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.support.TestDatabase;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.domain.tenant.TenantRegistry;

class LibraryTest {

    private static final TextExtractor EXTRACTOR = new TextExtractor();
    private final TestDatabase db = TestDatabase.get();
    private final Caller ameMember = Callers.of("ame", Role.MEMBER);
    private final Caller ameObserver = Callers.of("ame", Role.OBSERVER);
    private final Caller cimadeMember = Callers.of("cimade", Role.MEMBER);
    private final Caller apdhaMember = Callers.of("apdha", Role.MEMBER);

    @BeforeEach
    void emptyLibraryAndThreeAssociations() {
        db.truncate("document_theme", "document", "stored_file", "search_outbox", "audit_entry");
        db.run(em -> {
            for (String alias : List.of("ame", "cimade", "apdha")) {
                if (em.find(org.kafo.domain.tenant.Tenant.class, alias) == null) {
                    em.persist(new org.kafo.domain.tenant.Tenant(alias, alias.toUpperCase(), null, "ML", null));
                }
            }
        });
    }

    @Test
    void aDepositKeepsTheFileItsTextAnAuditEntryAndAnOutboxRow() {
        byte[] pdf = SampleFiles.pdf(SampleFiles.frenchLines("djeli").toArray(String[]::new));
        Document document = deposit(ameMember, "Rapport d'accueil 2024", Visibility.NETWORK, "rapport.pdf", pdf);

        Document stored = read(em -> new Documents(em).find(ameMember, document.id()));
        assertThat(stored.ownerTenant()).isEqualTo("ame");
        assertThat(stored.visibility()).isEqualTo(Visibility.NETWORK);
        assertThat(stored.kind()).isEqualTo(DocumentKind.RAPPORT);
        assertThat(stored.date().iso()).isEqualTo("2024");
        assertThat(stored.themes()).containsExactly("accueil", "aéroport");
        assertThat(stored.file().mediaType()).isEqualTo("application/pdf");
        assertThat(stored.file().size()).isEqualTo(pdf.length);
        assertThat(stored.file().sha256()).isEqualTo(StoredFiles.sha256(pdf));
        assertThat(stored.depositedBy()).isEqualTo(ameMember.displayName());
        assertThat(this.<byte[]>read(em -> files(em).bytes(stored.file().id()))).isEqualTo(pdf);
        assertThat(this.<String>read(em -> files(em).text(stored.file().id()))).contains("djeli", "expulsés");
        assertThat(count("search_outbox where kind = 'document' and entity_id = '" + document.id() + "'")).isEqualTo(1);
        assertThat(count("audit_entry where action = 'document.deposit' and target_tenant = 'ame'")).isEqualTo(1);
    }

    @Test
    void textsKeptBeforeCleaningAreExtractedAgainCleanedOnceAndSentToSearch() {
        byte[] txt = SampleFiles.txt("Accueil   à l\u2019aéroport\u00A0de Bamako-Sénou, dévelop-", "pement des antennes.");
        Document document = deposit(ameMember, "Note d'accueil", Visibility.NETWORK, "note.txt", txt);
        String clean = read(em -> files(em).text(document.file().id()));
        assertThat(clean).contains("Accueil à l\u2019aéroport de Bamako-Sénou, développement des antennes.");
        // as a text kept before cleaning existed: raw, cleaning 0
        db.run(em -> em.createNativeQuery("update stored_file_text set text = 'Accueil   à\u00A0l''aéroport', cleaning = 0")
                .executeUpdate());
        db.truncate("search_outbox");
        Integer cleaned = db.inTransaction(em -> library(em).cleanStoredTexts(10));
        assertThat(cleaned).isEqualTo(1);
        assertThat(this.<String>read(em -> files(em).text(document.file().id()))).isEqualTo(clean); // extracted again
        assertThat(count("search_outbox where kind = 'document' and entity_id = '" + document.id() + "'")).isEqualTo(1);
        Integer again = db.inTransaction(em -> library(em).cleanStoredTexts(10));
        assertThat(again).isZero(); // idempotent: nothing left
        assertThat(count("search_outbox")).isEqualTo(1);
    }

    @Test
    void textsCleanedByTheFirstCleanerAreCleanedAgainForSoftHyphensAndOtherSpaces() {
        byte[] txt = SampleFiles.txt("Accueil\u202Fà l\u2019aéroport de Ba\u00ADmako-Sénou, po\u00AD", "ur les expulsés\u200B de France.");
        Document document = deposit(ameMember, "Note d'arrivée", Visibility.NETWORK, "arrivee.txt", txt);
        String clean = read(em -> files(em).text(document.file().id()));
        assertThat(clean).isEqualTo("Accueil à l\u2019aéroport de Bamako-Sénou, pour les expulsés de France.");
        // as the first cleaner (version 1) left it: soft hyphens, narrow and zero-width spaces kept
        db.run(em -> em.createNativeQuery("update stored_file_text set text = 'Accueil\u202Fà Ba\u00ADmako', cleaning = 1")
                .executeUpdate());
        db.truncate("search_outbox");
        Integer cleaned = db.inTransaction(em -> library(em).cleanStoredTexts(10));
        assertThat(cleaned).isEqualTo(1);
        assertThat(this.<String>read(em -> files(em).text(document.file().id()))).isEqualTo(clean);
        assertThat(count("search_outbox where kind = 'document' and entity_id = '" + document.id() + "'")).isEqualTo(1);
        assertThat(count("stored_file_text where cleaning = " + TextCleaner.VERSION)).isEqualTo(1);
    }

    @Test
    void theSameFileTwiceIsRecognisedAndNothingMoreIsWritten() {
        byte[] txt = SampleFiles.txt("Déclaration de Bamako sur les expulsions");
        Document first = deposit(ameMember, "Déclaration de Bamako", Visibility.PRIVATE, "declaration.txt", txt);
        long rows = writtenRows();

        assertThatThrownBy(() -> deposit(ameMember, "Autre titre", Visibility.PUBLIC, "copie.txt", txt))
                .isInstanceOfSatisfying(DuplicateDocumentException.class, e -> {
                    assertThat(e.existingId()).isEqualTo(first.id());
                    assertThat(e.getMessage()).contains("déjà dans la base documentaire", "Déclaration de Bamako");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
        assertThat(writtenRows()).isEqualTo(rows);
    }

    @Test
    void aFileAnotherAssociationKeepsPrivateIsNotRevealedByTheDuplicateCheck() {
        byte[] txt = SampleFiles.txt("Note interne de La Cimade");
        deposit(cimadeMember, "Note interne", Visibility.PRIVATE, "note.txt", txt);
        Document ame = deposit(ameMember, "La même note, reçue par courriel", Visibility.PRIVATE, "note.txt", txt);
        assertThat(ame.ownerTenant()).isEqualTo("ame");
    }

    @Test
    void refusedUploadsLeaveNoRecordNoFileNoAuditAndNoOutboxRow() {
        long rows = writtenRows();
        assertRefused(() -> deposit(ameMember, "Faux PDF", Visibility.PUBLIC, "faux.pdf", SampleFiles.fakePdf()), "n'en est pas un");
        assertRefused(() -> deposit(ameMember, "Chiffré", Visibility.PUBLIC, "chiffre.pdf", SampleFiles.encryptedPdf("x")), "mot de passe");
        assertRefused(() -> deposit(ameMember, "Bombe", Visibility.PUBLIC, "bombe.docx", SampleFiles.zipBombDocx(20)), "démesuré");
        assertRefused(() -> db.inTransaction(em -> library(em, UploadLimit.ofMegabytes(1)).deposit(ameMember,
                details("Trop lourd"), Visibility.PUBLIC, Set.of(), new IncomingFile("gros.txt", new byte[1024 * 1024 + 1]))),
                "dépasse la taille maximale de 1 Mo");
        assertRefused(() -> deposit(ameMember, "Partenaire inconnu", Visibility.PARTNERS, Set.of("nulle-part"), "a.txt",
                SampleFiles.txt("texte")), "Association inconnue");
        assertThat(writtenRows()).isEqualTo(rows);
    }

    @Test
    void onlyMembersOfAnAssociationDeposit() {
        for (Caller caller : List.of(ameObserver, Callers.of(null, Role.OBSERVER), Caller.anonymous())) {
            assertThatThrownBy(() -> deposit(caller, "Essai", Visibility.PUBLIC, "essai.txt", SampleFiles.txt("essai")))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        }
        assertThat(count("document")).isZero();
    }

    @Test
    void aNetworkAdminWhoDoesNotActForAnAssociationDepositsForTheNetwork() {
        Caller coordination = Callers.of("ame", Role.NETWORK_ADMIN);
        Document document = deposit(coordination, "Charte du réseau", Visibility.PUBLIC, "charte.txt", SampleFiles.txt("Charte"));
        assertThat(document.ownerTenant()).isNull();
        assertRefused(() -> deposit(coordination, "Note privée", Visibility.PRIVATE, "privee.txt", SampleFiles.txt("privée")),
                "visible du réseau ou du public");
    }

    @Test
    void eachCallerListsWhatTheVisibilityRuleLetsThemSee() {
        Document priv = deposit(ameMember, "Privé AME", Visibility.PRIVATE, "a.txt", SampleFiles.txt("a"));
        Document partners = deposit(ameMember, "Partenaires AME", Visibility.PARTNERS, Set.of("apdha"), "b.txt", SampleFiles.txt("b"));
        Document network = deposit(ameMember, "Réseau AME", Visibility.NETWORK, "c.txt", SampleFiles.txt("c"));
        Document pub = deposit(ameMember, "Public AME", Visibility.PUBLIC, "d.txt", SampleFiles.txt("d"));

        assertThat(listed(ameObserver)).containsExactlyInAnyOrder(priv.id(), partners.id(), network.id(), pub.id());
        assertThat(listed(apdhaMember)).containsExactlyInAnyOrder(partners.id(), network.id(), pub.id());
        assertThat(listed(cimadeMember)).containsExactlyInAnyOrder(network.id(), pub.id());
        assertThat(listed(Callers.of("cimade", Role.NETWORK_ADMIN))).containsExactlyInAnyOrder(network.id(), pub.id());
        assertThat(listed(Caller.anonymous())).containsExactly(pub.id());
        assertThat(this.<Long>read(em -> new Documents(em).count(cimadeMember, DocumentFilter.none()))).isEqualTo(2);

        assertThatThrownBy(() -> read(em -> new Documents(em).find(cimadeMember, priv.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> read(em -> library(em).fileBytes(Caller.anonymous(), network.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void theListIsNewestFirstAndFiltersByKindAndYear() {
        Document old = deposit(ameMember, "Ancien", DocumentDetails.of("Ancien rapport", "RAPPORT", null, "2008", null, null, null, null),
                Visibility.PUBLIC, "a.txt", SampleFiles.txt("a"));
        Document recent = deposit(ameMember, "Récent", DocumentDetails.of("Article récent", "ARTICLE_DE_PRESSE", null, "2025-12-14",
                null, null, null, null), Visibility.PUBLIC, "b.txt", SampleFiles.txt("b"));
        Document undated = deposit(ameMember, "Sans date", DocumentDetails.of("Sans date", "ETUDE", null, null, null, null, null, null),
                Visibility.PUBLIC, "c.txt", SampleFiles.txt("c"));

        assertThat(listed(Caller.anonymous())).containsExactly(recent.id(), old.id(), undated.id());
        assertThat(this.<List<Document>>read(em -> new Documents(em).visible(Caller.anonymous(), new DocumentFilter(DocumentKind.RAPPORT, null), 0, 10)))
                .extracting(Document::id).containsExactly(old.id());
        assertThat(this.<List<Document>>read(em -> new Documents(em).visible(Caller.anonymous(), new DocumentFilter(null, 2025), 0, 10)))
                .extracting(Document::id).containsExactly(recent.id());
        assertThat(this.<List<Integer>>read(em -> new Documents(em).years(Caller.anonymous()))).containsExactly(2025, 2008);
    }

    @Test
    void theOwnerDescribesAndWithdrawsOthersCannot() {
        Document document = deposit(ameMember, "Compte rendu", Visibility.NETWORK, "cr.txt", SampleFiles.txt("compte rendu"));
        DocumentDetails changed = DocumentDetails.of("Compte rendu de la réunion de Kayes", "COMPTE_RENDU", "AME", "2024-05", "Kayes",
                "fr", List.of("réunion"), "https://ame-mali.example/cr");

        assertThatThrownBy(() -> read(em -> library(em).describe(cimadeMember, document.id(), changed, Visibility.PUBLIC, Set.of(), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> read(em -> library(em).describe(ameMember, document.id(), changed, Visibility.PUBLIC, Set.of(), 99L)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));

        read(em -> library(em).describe(ameMember, document.id(), changed, Visibility.PUBLIC, Set.of(), document.version()));
        Document described = read(em -> new Documents(em).find(Caller.anonymous(), document.id()));
        assertThat(described.title()).isEqualTo("Compte rendu de la réunion de Kayes");
        assertThat(described.date().label(java.util.Locale.FRENCH)).isEqualTo("mai 2024");
        assertThat(described.sourceUrl()).isEqualTo("https://ame-mali.example/cr");

        assertThatThrownBy(() -> db.run(em -> library(em).withdraw(ameObserver, document.id())))
                .isInstanceOf(DomainException.class);
        db.run(em -> library(em).withdraw(ameMember, document.id()));
        assertThat(count("document")).isZero();
        assertThat(count("stored_file")).isZero();
        assertThat(count("stored_file_bytes")).isZero();
        assertThat(count("search_outbox where entity_id = '" + document.id() + "'")).isEqualTo(3);
    }

    private Document deposit(Caller caller, String title, Visibility visibility, String name, byte[] bytes) {
        return deposit(caller, title, visibility, Set.of(), name, bytes);
    }

    private Document deposit(Caller caller, String title, Visibility visibility, Set<String> partners, String name, byte[] bytes) {
        return db.inTransaction(em -> library(em).deposit(caller, details(title), visibility, partners, new IncomingFile(name, bytes)));
    }

    private Document deposit(Caller caller, String unused, DocumentDetails details, Visibility visibility, String name, byte[] bytes) {
        return db.inTransaction(em -> library(em).deposit(caller, details, visibility, Set.of(), new IncomingFile(name, bytes)));
    }

    private static DocumentDetails details(String title) {
        return DocumentDetails.of(title, "RAPPORT", "Association Malienne des Expulsés", "2024", "Bamako", "fr",
                List.of("accueil", "aéroport", "Accueil"), null);
    }

    private List<UUID> listed(Caller caller) {
        return read(em -> new Documents(em).visible(caller, DocumentFilter.none(), 0, 50)).stream().map(Document::id).toList();
    }

    private <T> T read(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    private static Library library(EntityManager em) {
        return library(em, UploadLimit.ofMegabytes(UploadLimit.DEFAULT_MEGABYTES));
    }

    private static Library library(EntityManager em, UploadLimit limit) {
        return new Library(new Documents(em), new StoredFiles(em, EXTRACTOR, limit), new TenantRegistry(em), new AuditLog(em), new Outbox(em));
    }

    private static StoredFiles files(EntityManager em) {
        return new StoredFiles(em, EXTRACTOR, UploadLimit.ofMegabytes(20));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).hasMessageContaining(message);
    }

    private long writtenRows() {
        return count("document") + count("stored_file") + count("stored_file_bytes") + count("stored_file_text")
                + count("search_outbox") + count("audit_entry");
    }

    private long count(String tableAndCondition) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from " + tableAndCondition)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
