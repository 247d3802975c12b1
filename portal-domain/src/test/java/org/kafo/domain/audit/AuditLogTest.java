package org.kafo.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.support.TestDatabase;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

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
        List<AuditEntry> entries = read(Callers.of("ame", Role.NETWORK_ADMIN));
        assertThat(entries).extracting(AuditEntry::targetId).containsExactly("c1", "c1", "a1");
        assertThat(entries.get(0).sensitiveRead()).isTrue();
        assertThat(entries.get(2).actorName()).isEqualTo(ameMember.username());
        assertThat(entries.get(2).detail()).isEqualTo("vol AF 596");
    }

    @Test
    void aTenantAdminReadsWhatConcernsItsAssociationOrWasDoneByItsPeople() {
        assertThat(read(Callers.of("cimade", Role.TENANT_ADMIN))).extracting(AuditEntry::action)
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
        List<AuditEntry> entries = db.inTransaction(
                em -> new AuditLog(em).readableBy(Callers.of("ame", Role.NETWORK_ADMIN), "alert", "a1", 0, 50));
        assertThat(entries).hasSize(1);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        assertThatThrownBy(() -> db.run(em -> em.createNativeQuery("delete from audit_entry").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThat(read(Callers.of("ame", Role.NETWORK_ADMIN))).hasSize(3);
    }

    private List<AuditEntry> read(Caller caller) {
        return db.inTransaction(em -> new AuditLog(em).readableBy(caller, null, null, 0, 50));
    }
}
