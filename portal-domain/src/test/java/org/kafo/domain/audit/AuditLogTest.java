package org.kafo.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.support.SampleRecord;
import org.kafo.domain.support.TestDatabase;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.Visibility;

class AuditLogTest {

    private final TestDatabase db = TestDatabase.get();
    private final Caller ameMember = Callers.of("ame", Role.MEMBER);
    private final Caller cimadeMember = Callers.of("cimade", Role.MEMBER);

    @BeforeEach
    void twoAssociationsActed() {
        db.truncate("audit_entry");
        db.run(em -> new AuditLog(em).write(ameMember, "alert.publish", "alert", "a1", "ame", "vol AF 596"));
        db.run(em -> new AuditLog(em).write(cimadeMember, "alert.publish", "alert", "c1", "cimade", null));
        db.run(em -> new AuditLog(em).sensitiveRead(ameMember, "alert.personal-data.read", "alert", "c1", "cimade"));
    }

    @Test
    void aNetworkAdminReadsEveryEntryNewestFirst() {
        List<AuditLine> entries = read(Callers.of("ame", Role.NETWORK_ADMIN));
        assertThat(entries).extracting(AuditLine::targetId).containsExactly("c1", "c1", "a1");
        assertThat(entries.get(0).sensitiveRead()).isTrue();
        assertThat(entries.get(2).actor()).isEqualTo(ameMember.username());
        assertThat(entries.get(2).detail()).isEqualTo("vol AF 596");
    }

    @Test
    void anEntryAboutARecordTheAdminMayNotSeeShowsItsIdsOnly() {
        SampleRecord secret = persisted("cimade", Visibility.PRIVATE);
        SampleRecord shared = persisted("cimade", Visibility.NETWORK);
        db.run(em -> new AuditLog(em).write(cimadeMember, "samplerecord.describe", "samplerecord", secret.id().toString(), "cimade",
                "Titre confidentiel"));
        db.run(em -> new AuditLog(em).write(cimadeMember, "samplerecord.describe", "samplerecord", shared.id().toString(), "cimade",
                "Titre pour le réseau"));
        db.run(em -> new AuditLog(em).write(ameMember, "samplerecord.comment", "samplerecord", shared.id().toString(), "cimade",
                "Remarque de l'AME"));
        Caller coordination = Callers.of("ame", Role.NETWORK_ADMIN);

        AuditLine hidden = line(coordination, secret);
        assertThat(hidden.restricted()).as("another association's private record").isTrue();
        assertThat(hidden.detail()).isNull();
        assertThat(hidden.actor()).as("no username of another association").isNull();
        assertThat(hidden).extracting(AuditLine::action, AuditLine::targetId, AuditLine::targetTenant, AuditLine::actorTenant)
                .containsExactly("samplerecord.describe", secret.id().toString(), "cimade", "cimade");

        List<AuditLine> onShared = lines(coordination, shared);
        assertThat(onShared).allSatisfy(l -> assertThat(l.restricted()).isFalse());
        assertThat(onShared).extracting(AuditLine::actor).containsExactly(ameMember.username(), cimadeMember.username());
        assertThat(onShared).extracting(AuditLine::detail).as("what another association wrote of its record stays its own")
                .containsExactly("Remarque de l'AME", null);

        AuditLine owner = line(Callers.of("cimade", Role.TENANT_ADMIN), secret);
        assertThat(owner.restricted()).isFalse();
        assertThat(owner.detail()).isEqualTo("Titre confidentiel");

        // The rule looks at the record as it is now: narrowed to its association, its entries are ids only to others.
        db.run(em -> em.find(SampleRecord.class, shared.id()).share(Visibility.PRIVATE, Set.of()));
        assertThat(lines(coordination, shared)).allSatisfy(l -> assertThat(l.restricted()).isTrue())
                .extracting(AuditLine::actor).containsExactly(ameMember.username(), null);
    }

    @Test
    void aRecordGoneOrPrivateByNatureIsShownInFullToItsAssociationAndToThoseWhoManageIt() {
        db.run(em -> new AuditLog(em).write(Callers.of("cimade", Role.TENANT_ADMIN), "member.role", "member", "m1", "cimade",
                "awa@cimade.example : member → tenant-admin"));
        List<AuditLine> coordination = read(Callers.of("ame", Role.NETWORK_ADMIN));
        assertThat(coordination).filteredOn(l -> l.targetId().equals("c1")).as("an alert of La Cimade gone since")
                .allSatisfy(l -> assertThat(l.restricted()).isTrue())
                .extracting(AuditLine::actor).containsExactly(ameMember.username(), null);
        assertThat(coordination).filteredOn(l -> l.targetId().equals("m1")).as("the coordination manages every association's members")
                .singleElement().satisfies(l -> assertThat(l.detail()).contains("tenant-admin"));
        assertThat(read(Callers.of("cimade", Role.TENANT_ADMIN))).filteredOn(l -> l.targetId().equals("c1"))
                .allSatisfy(l -> assertThat(l.restricted()).isFalse());
    }

    @Test
    void aTenantAdminReadsWhatConcernsItsAssociationOrWasDoneByItsPeople() {
        assertThat(read(Callers.of("cimade", Role.TENANT_ADMIN))).extracting(AuditLine::action)
                .containsExactly("alert.personal-data.read", "alert.publish");
        assertThat(read(Callers.of("apdha", Role.TENANT_ADMIN))).isEmpty();
    }

    @Test
    void membersObserversAndVisitorsDoNotReadTheAuditLog() {
        for (Caller caller : List.of(ameMember, Callers.of(null, Role.OBSERVER), Caller.anonymous())) {
            assertThatThrownBy(() -> read(caller)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
        }
    }

    @Test
    void entriesCanBeNarrowedToOneRecord() {
        List<AuditLine> entries = db.inTransaction(
                em -> new AuditLog(em).readableBy(Callers.of("ame", Role.NETWORK_ADMIN), "alert", "a1", 0, 50));
        assertThat(entries).hasSize(1);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        assertThatThrownBy(() -> db.run(em -> em.createNativeQuery("delete from audit_entry").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThat(read(Callers.of("ame", Role.NETWORK_ADMIN))).hasSize(3);
    }

    private SampleRecord persisted(String owner, Visibility visibility) {
        SampleRecord record = new SampleRecord(owner, owner + "/" + visibility);
        record.share(visibility, Set.of());
        db.run(em -> em.persist(record));
        return record;
    }

    private List<AuditLine> lines(Caller caller, SampleRecord record) {
        return db.inTransaction(em -> new AuditLog(em).readableBy(caller, "samplerecord", record.id().toString(), 0, 50));
    }

    private AuditLine line(Caller caller, SampleRecord record) {
        List<AuditLine> lines = lines(caller, record);
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private List<AuditLine> read(Caller caller) {
        return db.inTransaction(em -> new AuditLog(em).readableBy(caller, null, null, 0, 50));
    }
}
