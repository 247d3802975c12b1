package org.kafo.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.reference.Regions;
import org.kafo.domain.support.Callers;
import org.kafo.domain.support.TestDatabase;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.domain.tenant.TenantRegistry;

/**
 * An e-mail subscription keeps nothing of the day it was made: each e-mail goes to the subscribers as their accounts
 * are now (the identity provider's answer, given as a function), who may see the alert, and whose association is
 * active.
 */
class AlertSubscriptionsTest {

    private final TestDatabase db = TestDatabase.get();
    /** The identity provider's accounts as they are now, by id; absent: disabled or deleted. */
    private final Map<String, Caller> accounts = new HashMap<>();
    private final Function<String, Optional<Caller>> accountNow = id -> Optional.ofNullable(accounts.get(id));

    AlertSubscriptionsTest() {
        db.truncate("alert_subscription", "audit_entry");
        db.run(em -> em.createNativeQuery("insert into tenant (alias, name, country) values ('ame', 'AME', 'ML'),"
                + " ('cimade', 'La Cimade', 'FR'), ('apdha', 'APDHA', 'ES'), ('mission-catholique-gao', 'Mission catholique de Gao', 'ML')"
                + " on conflict (alias) do nothing").executeUpdate());
        db.run(em -> em.createNativeQuery("update tenant set status = 'ACTIVE' where alias in ('ame', 'cimade', 'apdha', 'mission-catholique-gao')")
                .executeUpdate());
    }

    @Test
    void eachMailGoesToTheSubscribersAsTheyAreNowWhoMaySeeTheAlert() {
        Caller apdha = subscribed(Callers.of("apdha", Role.MEMBER));
        Caller gao = subscribed(Callers.of("mission-catholique-gao", Role.MEMBER));
        Caller observer = subscribed(Callers.of(null, Role.OBSERVER));
        AlertChanged forApdha = change(Visibility.PARTNERS, Set.of("apdha"));
        AlertChanged forTheNetwork = change(Visibility.NETWORK, Set.of());

        assertThat(recipients(forApdha)).as("the named partner only").containsExactly(apdha.email());
        assertThat(recipients(forTheNetwork)).containsExactlyInAnyOrder(apdha.email(), gao.email(), observer.email());

        // Since they subscribed: the APDHA member left the association, the Gao member changed address.
        accounts.put(apdha.userId(), new Caller(apdha.userId(), apdha.username(), apdha.displayName(), apdha.email(), null, Set.of(Role.OBSERVER)));
        accounts.put(gao.userId(), new Caller(gao.userId(), gao.username(), gao.displayName(), "nouvelle@gao.example", gao.tenant(), gao.roles()));
        assertThat(recipients(forApdha)).as("who left the association hears no more of its partners' alerts").isEmpty();
        assertThat(recipients(forTheNetwork)).as("to the address of the account now")
                .containsExactlyInAnyOrder(apdha.email(), "nouvelle@gao.example", observer.email());
    }

    @Test
    void aRoleTakenAwayADisabledAccountOrASuspendedAssociationReceivesNothing() {
        Caller apdha = subscribed(Callers.of("apdha", Role.MEMBER));
        Caller cimade = subscribed(Callers.of("cimade", Role.TENANT_ADMIN));
        AlertChanged change = change(Visibility.NETWORK, Set.of());
        assertThat(recipients(change)).containsExactlyInAnyOrder(apdha.email(), cimade.email());

        accounts.put(apdha.userId(), new Caller(apdha.userId(), apdha.username(), apdha.displayName(), apdha.email(), "apdha", Set.of()));
        assertThat(recipients(change)).as("an account whose role was taken away").containsExactly(cimade.email());
        accounts.put(apdha.userId(), apdha);

        accounts.remove(cimade.userId());
        db.run(em -> em.createNativeQuery("update tenant set status = 'SUSPENDED' where alias = 'apdha'").executeUpdate());
        assertThat(recipients(change)).isEmpty();

        db.run(em -> em.createNativeQuery("update tenant set status = 'ACTIVE' where alias = 'apdha'").executeUpdate());
        assertThat(recipients(change)).as("reactivated").containsExactly(apdha.email());
    }

    @Test
    void anAddressThatIsNobodysAccountHearsOnlyOfWhatTheWholeNetworkSees() {
        assertThat(AlertSubscriptions.mayBeMailedToTheNetwork(change(Visibility.NETWORK, Set.of()))).isTrue();
        assertThat(AlertSubscriptions.mayBeMailedToTheNetwork(change(Visibility.PUBLIC, Set.of()))).isTrue();
        assertThat(AlertSubscriptions.mayBeMailedToTheNetwork(change(Visibility.PARTNERS, Set.of("apdha")))).isFalse();
        assertThat(AlertSubscriptions.mayBeMailedToTheNetwork(change(Visibility.PRIVATE, Set.of()))).isFalse();
    }

    private Caller subscribed(Caller who) {
        accounts.put(who.userId(), who);
        db.inTransaction(em -> subscriptions(em).subscribe(who, "bamako-senou", null));
        return who;
    }

    private List<String> recipients(AlertChanged change) {
        return db.inTransaction(em -> subscriptions(em).recipients(change, accountNow));
    }

    private static AlertSubscriptions subscriptions(EntityManager em) {
        AuditLog audit = new AuditLog(em);
        return new AlertSubscriptions(em, new ArrivalPoints(em, new Regions(em), audit), new Regions(em), audit, new TenantRegistry(em));
    }

    private static AlertChanged change(Visibility visibility, Set<String> partners) {
        return new AlertChanged(UUID.randomUUID(), AlertChanged.Change.PUBLISHED, "Charter depuis Tripoli", AlertStatus.PUBLISHED,
                "cimade", visibility, partners, "bamako-senou", "Aéroport international de Bamako-Sénou", "bamako",
                Instant.now().plusSeconds(3600), 1, false, Instant.now(), null);
    }
}
