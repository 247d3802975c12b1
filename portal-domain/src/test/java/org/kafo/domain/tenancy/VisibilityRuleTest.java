package org.kafo.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.support.SampleRecord;
import org.kafo.domain.support.TestDatabase;

class VisibilityRuleTest {

    private static final TestDatabase db = TestDatabase.get();
    private static final List<SampleRecord> records = new ArrayList<>();

    @BeforeAll
    static void everyKindOfRecord() {
        db.truncate("test_shared_record");
        for (String owner : new String[] {"ame", "cimade"}) {
            for (Visibility visibility : Visibility.values()) {
                SampleRecord r = new SampleRecord(owner, owner + "/" + visibility);
                r.share(visibility, visibility == Visibility.PARTNERS ? Set.of("apdha", "mission-catholique-gao") : Set.of());
                records.add(r);
            }
        }
        SampleRecord network = new SampleRecord(null, "réseau/NETWORK");
        network.share(Visibility.NETWORK, Set.of());
        records.add(network);
        db.run(em -> records.forEach(em::persist));
    }

    /** The isolation cases, stated plainly: who sees which record of AME. */
    @ParameterizedTest(name = "{0} of {1} sees AME''s {2}: {3}")
    @CsvSource({
            "anonymous, , PUBLIC, true",
            "anonymous, , NETWORK, false",
            "anonymous, , PARTNERS, false",
            "anonymous, , PRIVATE, false",
            "observer, , NETWORK, true",
            "observer, , PARTNERS, false",
            "member, cimade, NETWORK, true",
            "member, cimade, PARTNERS, false",
            "member, cimade, PRIVATE, false",
            "member, apdha, PARTNERS, true",
            "member, apdha, PRIVATE, false",
            "tenant-admin, cimade, PRIVATE, false",
            "network-admin, cimade, PRIVATE, false",
            "network-admin, cimade, PARTNERS, false",
            "observer, ame, PRIVATE, true",
            "member, ame, PRIVATE, true",
    })
    void whoSeesWhat(String role, String tenant, Visibility visibility, boolean expected) {
        Caller caller = role.equals("anonymous") ? Caller.anonymous() : Callers.of(tenant, Role.fromClaim(role).orElseThrow());
        SampleRecord record = records.stream().filter(r -> r.label().equals("ame/" + visibility)).findFirst().orElseThrow();
        assertThat(VisibilityRule.canSee(caller, record)).isEqualTo(expected);
        assertThat(visibleInDatabase(caller).contains(record.id())).as("query").isEqualTo(expected);
    }

    @Test
    void theQueryAndTheInMemoryRuleAgreeForEveryCallerAndRecord() {
        for (Caller caller : Callers.all()) {
            Set<UUID> expected = records.stream().filter(r -> VisibilityRule.canSee(caller, r))
                    .map(SharedRecord::id).collect(Collectors.toSet());
            assertThat(visibleInDatabase(caller)).as(caller.username()).isEqualTo(expected);
        }
    }

    @Test
    void callersOfTheSameAudienceSeeTheSameRecords() {
        List<Caller> callers = Callers.all();
        for (Caller one : callers) {
            for (Caller other : callers) {
                Set<String> seenByOne = records.stream().filter(r -> VisibilityRule.canSee(one, r)).map(SampleRecord::label)
                        .collect(Collectors.toSet());
                Set<String> seenByOther = records.stream().filter(r -> VisibilityRule.canSee(other, r)).map(SampleRecord::label)
                        .collect(Collectors.toSet());
                if (VisibilityRule.audience(one).equals(VisibilityRule.audience(other))) {
                    assertThat(seenByOther).as(one.username() + " and " + other.username()).isEqualTo(seenByOne);
                }
            }
        }
        // and the audience does tell apart the callers who see different records
        assertThat(callers.stream().map(VisibilityRule::audience).distinct().count())
                .isEqualTo(callers.stream().map(c -> records.stream().filter(r -> VisibilityRule.canSee(c, r)).map(SampleRecord::label)
                        .collect(Collectors.toSet())).distinct().count());
    }

    @Test
    void onlyMembersOfTheOwnerTenantChangeItsRecords() {
        SampleRecord ameRecord = records.get(0);
        assertThat(VisibilityRule.canChange(Callers.of("ame", Role.MEMBER), ameRecord)).isTrue();
        assertThat(VisibilityRule.canChange(Callers.of("ame", Role.TENANT_ADMIN), ameRecord)).isTrue();
        assertThat(VisibilityRule.canChange(Callers.of("ame", Role.OBSERVER), ameRecord)).isFalse();
        assertThat(VisibilityRule.canChange(Callers.of("cimade", Role.TENANT_ADMIN), ameRecord)).isFalse();
        assertThat(VisibilityRule.canChange(Callers.of("cimade", Role.NETWORK_ADMIN), ameRecord)).isFalse();
        assertThat(VisibilityRule.canChange(Caller.anonymous(), ameRecord)).isFalse();
    }

    @Test
    void recordsTheNetworkKeepsAreChangedByNetworkAdminsOnly() {
        SampleRecord network = records.get(records.size() - 1);
        assertThat(VisibilityRule.canChange(Callers.of("ame", Role.NETWORK_ADMIN), network)).isTrue();
        assertThat(VisibilityRule.canChange(Callers.of("ame", Role.TENANT_ADMIN), network)).isFalse();
    }

    @Test
    void sharingWithPartnersNeedsPartnersWithValidAliases() {
        SampleRecord r = new SampleRecord("ame", "x");
        assertThatThrownBy(() -> r.share(Visibility.PARTNERS, Set.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("au moins une association");
        assertThatThrownBy(() -> r.share(Visibility.PARTNERS, Set.of("Cimade' or 1=1")))
                .isInstanceOf(DomainException.class).hasMessageContaining("inconnue");
        assertThat(r.visibility()).isEqualTo(Visibility.PRIVATE);
        r.share(Visibility.NETWORK, Set.of("apdha"));
        assertThat(r.partnerTenants()).as("partners only matter for PARTNERS").isEmpty();
    }

    @Test
    void aRecordTheNetworkKeepsCannotBePrivate() {
        SampleRecord r = new SampleRecord(null, "x");
        assertThatThrownBy(() -> r.share(Visibility.PRIVATE, Set.of())).isInstanceOf(DomainException.class);
    }

    private static Set<UUID> visibleInDatabase(Caller caller) {
        return db.inTransaction(em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<SampleRecord> q = cb.createQuery(SampleRecord.class);
            Root<SampleRecord> root = q.from(SampleRecord.class);
            q.where(VisibilityRule.visibleTo(caller, cb, root));
            return new HashSet<>(em.createQuery(q).getResultList().stream().map(SharedRecord::id).toList());
        });
    }
}
