package org.kafo.domain.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.directory.Taxonomies;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.files.SampleFiles;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.files.TextExtractor;
import org.kafo.domain.files.UploadLimit;
import org.kafo.domain.library.Documents;
import org.kafo.domain.library.Library;
import org.kafo.domain.outbox.Outbox;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.support.TestDatabase;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.domain.tenant.TenantRegistry;

/** Events, their programme, attachments and commitments, on a real PostgreSQL. */
class ProceedingsTest {

    private static final TextExtractor EXTRACTOR = new TextExtractor();
    private final TestDatabase db = TestDatabase.get();
    private final Caller ameMember = Callers.of("ame", Role.MEMBER);
    private final Caller cimadeMember = Callers.of("cimade", Role.MEMBER);
    private final Caller observer = Callers.of(null, Role.OBSERVER);
    private final UUID oim = UUID.randomUUID();
    private final UUID mme = UUID.randomUUID();

    @BeforeEach
    void threeAssociationsTwoActorsNoEvent() {
        db.truncate("event", "document_theme", "document", "stored_file", "directory_organization", "search_outbox", "audit_entry");
        db.run(em -> {
            for (String alias : List.of("ame", "cimade", "apdha")) {
                if (em.find(org.kafo.domain.tenant.Tenant.class, alias) == null) {
                    em.persist(new org.kafo.domain.tenant.Tenant(alias, alias.toUpperCase(), null, "ML", null));
                }
            }
            actor(em, oim, "Organisation internationale pour les migrations", "OIM");
            actor(em, mme, "Ministère des Maliens de l'Extérieur", "MME");
        });
    }

    @Test
    void anEventWithItsProgrammeIsKeptAuditedAndSentToSearch() {
        Event event = create(ameMember, "2025-12-10", "2025-12-11", Visibility.NETWORK);
        with(p -> p.addSession(ameMember, event.id(), SessionInput.of("Les acteurs étatiques et non étatiques", "Bayiri Traoré",
                "2025-12-10", "09:00", "12:30"), null));
        with(p -> p.addRecommendation(ameMember, event.id(), RecommendationInput.of("Accueil",
                "Mettre en place un cadre formel de rencontre, d'échange et d'action", List.of(oim.toString(), mme.toString())), null));

        with(p -> p.addParticipant(ameMember, event.id(), ParticipantInput.of("Bayiri Traoré", null, null, "MODERATEUR"), null));
        with(p -> p.addParticipant(ameMember, event.id(), ParticipantInput.of("Agent de l'OIM", oim.toString(), null, null), null));
        List<Participant> participants = with(p -> p.participants(cimadeMember, event.id()));
        assertThat(participants).extracting(Participant::organisationLabel).containsExactly(null, "OIM");
        assertThat(count("audit_entry where action = 'event.participants.read'")).isEqualTo(1);
        Event stored = read(em -> new Events(em).find(observer, event.id()));
        assertThat(stored.ownerTenant()).isEqualTo("ame");
        assertThat(stored.sessions()).extracting(EventSession::moderator).containsExactly("Bayiri Traoré");
        assertThat(stored.recommendations().get(0).addressees()).extracting(o -> o.acronym()).containsExactly("OIM", "MME");
        assertThat(count("search_outbox where kind = 'event' and entity_id = '" + event.id() + "'")).isEqualTo(5);
        assertThat(count("audit_entry where action like 'event.%' and not sensitive_read and target_tenant = 'ame'")).isEqualTo(5);
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndNothingIsWritten() {
        assertRefused(() -> create(ameMember, "2025-12-11", "2025-12-10", Visibility.NETWORK), "avant d'avoir commencé");
        assertRefused(() -> EventDetails.of("SEMINAIRE", "", null, "10/12/2025", "2025-12-11", null, null),
                "titre de la rencontre est obligatoire");
        assertRefused(() -> EventDetails.of("CONGRES", "Titre", null, "2025-12-10", "2025-12-11", null, null), "Type de rencontre inconnu");
        assertRefused(() -> EventDetails.of("FORUM", "x".repeat(301), null, "2025-12-10", "2025-12-11", null, null), "trop long");
        assertThat(count("event")).isZero();
        assertThat(count("audit_entry") + count("search_outbox")).isZero();
    }

    @Test
    void aSessionOutsideTheEventsDatesIsRefused() {
        Event event = create(ameMember, "2025-12-10", "2025-12-11", Visibility.NETWORK);
        long rows = count("search_outbox");
        assertRefused(() -> with(p -> p.addSession(ameMember, event.id(),
                SessionInput.of("Sous-thème", null, "2025-12-12", "09:00", "10:00"), null)), "pendant la rencontre");
        assertRefused(() -> SessionInput.of("Sous-thème", null, "2025-12-10", "11:00", "10:00"), "finir après avoir commencé");
        assertThat(count("event_session")).isZero();
        assertThat(count("search_outbox")).isEqualTo(rows);
        // and moving the event away from its sessions is refused too
        with(p -> p.addSession(ameMember, event.id(), SessionInput.of("Sous-thème", null, "2025-12-11", "09:00", "10:00"), null));
        assertRefused(() -> with(p -> p.describe(ameMember, event.id(),
                EventDetails.of("SEMINAIRE", "Séminaire", null, "2025-12-12", "2025-12-13", null, null), null, Set.of(), null)),
                "hors des nouvelles dates");
    }

    @Test
    void aCommitmentNeedsAnOwnerAndADueDateNotBeforeTheEvent() {
        Event event = create(ameMember, "2025-12-10", "2025-12-11", Visibility.NETWORK);
        assertRefused(() -> CommitmentInput.of(null, "Tenir une réunion trimestrielle", "2026-03-31"), "quel acteur");
        assertRefused(() -> with(p -> p.addCommitment(ameMember, event.id(),
                CommitmentInput.of(oim.toString(), "Tenir une réunion", "2025-12-01"), null)), "ne peut pas précéder");
        assertRefused(() -> with(p -> p.addCommitment(ameMember, event.id(),
                CommitmentInput.of(UUID.randomUUID().toString(), "Tenir une réunion", "2026-01-01"), null)), "pas dans l'annuaire");
        assertThat(count("commitment")).isZero();
    }

    @Test
    void theFollowUpShowsOpenAndOverdueCommitmentsOfVisibleEventsByActor() {
        Event network = create(ameMember, "2025-12-10", "2025-12-11", Visibility.NETWORK);
        Event cimadePrivate = create(cimadeMember, "2025-12-10", "2025-12-11", Visibility.PRIVATE);
        Commitment late = with(p -> p.addCommitment(ameMember, network.id(), CommitmentInput.of(oim.toString(), "Partager les listes", "2026-01-15"), null));
        Commitment later = with(p -> p.addCommitment(ameMember, network.id(), CommitmentInput.of(mme.toString(), "Cadre formel", "2026-06-30"), null));
        Commitment done = with(p -> p.addCommitment(ameMember, network.id(), CommitmentInput.of(oim.toString(), "Atelier", "2026-01-10"), null));
        with(p -> p.addCommitment(cimadeMember, cimadePrivate.id(), CommitmentInput.of(oim.toString(), "Secret", "2026-01-01"), null));
        with(p -> p.noteProgress(ameMember, done.id(), "REALISE", "Atelier tenu le 9 janvier", "2026-01-09", null));
        LocalDate today = LocalDate.of(2026, 2, 1);

        List<Commitment> open = read(em -> new Events(em).commitments(ameMember, null, true, false, today, 0, 50));
        assertThat(open).extracting(Commitment::id).containsExactly(late.id(), later.id());
        List<Commitment> overdue = read(em -> new Events(em).commitments(observer, null, true, true, today, 0, 50));
        assertThat(overdue).extracting(Commitment::id).containsExactly(late.id());
        List<Commitment> ofMme = read(em -> new Events(em).commitments(observer, mme, false, false, today, 0, 50));
        assertThat(ofMme).extracting(Commitment::id).containsExactly(later.id());
        assertThat(this.<Long>read(em -> new Events(em).countCommitments(cimadeMember, oim, false, false, today))).isEqualTo(3);
        Commitment reread = read(em -> new Events(em).commitment(ameMember, done.id()));
        assertThat(reread.status()).isEqualTo(CommitmentStatus.REALISE);
        assertThat(reread.notes()).extracting(CommitmentNote::notedOn).containsExactly(LocalDate.of(2026, 1, 9));
    }

    @Test
    void concurrentEditsGiveAClearConflictAndTheFirstWins() {
        Event event = create(ameMember, "2025-12-10", "2025-12-11", Visibility.NETWORK);
        long seen = event.version();
        with(p -> p.describe(ameMember, event.id(), EventDetails.of("SEMINAIRE", "Premier titre", null, "2025-12-10", "2025-12-11",
                null, null), null, Set.of(), seen));
        assertThatThrownBy(() -> with(p -> p.describe(ameMember, event.id(), EventDetails.of("SEMINAIRE", "Second titre", null,
                "2025-12-10", "2025-12-11", null, null), null, Set.of(), seen)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("modifié cette rencontre entre-temps");
                });
        assertThat(this.<String>read(em -> new Events(em).find(ameMember, event.id()).title())).isEqualTo("Premier titre");
    }

    @Test
    void othersSeeWhatIsSharedAndOnlyTheOrganiserChanges() {
        Event privateEvent = create(ameMember, "2025-12-10", "2025-12-11", Visibility.PRIVATE);
        Event network = create(ameMember, "2025-12-10", "2025-12-11", Visibility.NETWORK);
        assertThatThrownBy(() -> read(em -> new Events(em).find(cimadeMember, privateEvent.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> read(em -> new Events(em).find(observer, privateEvent.id()))).isInstanceOf(DomainException.class);
        assertThat(read(em -> new Events(em).find(observer, network.id())).title()).isEqualTo("Séminaire de l'AME");
        assertThat(this.<List<Event>>read(em -> new Events(em).visible(observer, 0, 10))).extracting(Event::id).containsExactly(network.id());
        for (Caller outsider : List.of(cimadeMember, observer)) {
            assertThatThrownBy(() -> with(p -> p.addSession(outsider, network.id(),
                    SessionInput.of("Sous-thème", null, "2025-12-10", "09:00", "10:00"), null)))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        }
        assertThatThrownBy(() -> create(observer, "2025-12-10", "2025-12-11", Visibility.NETWORK))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    }

    @Test
    void anAttachmentJoinsTheKnowledgeBaseAndABadFileLeavesNothingBehind() {
        Event event = create(ameMember, "2025-12-10", "2025-12-11", Visibility.NETWORK);
        byte[] pdf = SampleFiles.pdf(SampleFiles.frenchLines("kankelentigi").toArray(String[]::new));
        Communication communication = with(p -> p.addCommunication(ameMember, event.id(),
                CommunicationInput.of("Mot de bienvenue", "Ousmane Diarra (AME)", "Le Mali, pays de départ et de retour"),
                List.of(new IncomingFile("bienvenue.pdf", pdf)), null));
        assertThat(count("document where kind = 'COMMUNICATION' and visibility = 'NETWORK' and owner_tenant = 'ame'")).isEqualTo(1);
        assertThat(count("event_communication_document where communication_id = '" + communication.id() + "'")).isEqualTo(1);
        assertThat(count("search_outbox where kind = 'document'")).isEqualTo(1);

        long before = written();
        for (IncomingFile bad : List.of(new IncomingFile("faux.pdf", SampleFiles.fakePdf()),
                new IncomingFile("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}),
                new IncomingFile("gros.txt", new byte[2 * 1024 * 1024]))) {
            assertThatThrownBy(() -> with(p -> p.addCommunication(ameMember, event.id(),
                    CommunicationInput.of("Communication refusée", "Quelqu'un", null), List.of(bad), null)))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
        }
        assertThat(written()).isEqualTo(before);
        assertThat(count("event_communication")).isEqualTo(1);
    }

    private Event create(Caller caller, String start, String end, Visibility visibility) {
        return with(p -> p.create(caller, EventDetails.of("SEMINAIRE", "Séminaire de l'AME", "Protection des migrants de retour",
                start, end, "Centre du Secteur privé", "Bamako"), visibility, Set.of()));
    }

    private <T> T with(Function<Proceedings, T> work) {
        return db.inTransaction(em -> work.apply(proceedings(em)));
    }

    private static Proceedings proceedings(EntityManager em) {
        AuditLog audit = new AuditLog(em);
        Outbox outbox = new Outbox(em);
        TenantRegistry tenants = new TenantRegistry(em);
        StoredFiles files = new StoredFiles(em, EXTRACTOR, UploadLimit.ofMegabytes(1));
        Documents documents = new Documents(em);
        Library library = new Library(documents, files, tenants, audit, outbox);
        return new Proceedings(new Events(em), new Organizations(em, new Taxonomies(em, audit, outbox)), library, documents, files,
                tenants, audit, outbox);
    }

    private <T> T read(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    private static void actor(EntityManager em, UUID id, String name, String acronym) {
        em.createNativeQuery("insert into directory_organization (id, visibility, created_at, updated_at, name, acronym, kind, country)"
                + " values (?, 'PUBLIC', now(), now(), ?, ?, 'ORGANISATION_INTERNATIONALE', 'ML')")
                .setParameter(1, id).setParameter(2, name).setParameter(3, acronym).executeUpdate();
    }

    private long written() {
        return count("event_communication") + count("event_communication_document") + count("document") + count("stored_file")
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

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.getMessage() + e.errors()).contains(message);
        });
    }
}
