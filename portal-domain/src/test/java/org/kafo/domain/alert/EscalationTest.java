package org.kafo.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/** An alert nobody took in charge close to its arrival is escalated once, whatever the number of instances. */
class EscalationTest {

    private final AlertFixture fx = new AlertFixture();
    private final Caller cimade = Callers.of("cimade", Role.MEMBER);

    @Test
    void onlyUnclaimedAlertsArrivingWithinTheDelayAreDue() {
        UUID soon = fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(Duration.ofHours(3)), true)).id();
        UUID later = fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(Duration.ofHours(30)), true)).id();
        UUID claimed = fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(Duration.ofHours(2)), true)).id();
        UUID draft = fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(Duration.ofHours(2)), false)).id();
        fx.received(cimade, Callers.of("ame", Role.MEMBER), claimed);

        List<UUID> due = fx.service(s -> s.dueForEscalation(Instant.now(), Duration.ofHours(6)));
        assertThat(due).containsExactly(soon).doesNotContain(later, claimed, draft);
    }

    @Test
    void anOfferWaitingForTheOwnerDoesNotCountOnlyAnAcceptedOneDoes() {
        Caller ame = Callers.of("ame", Role.MEMBER);
        UUID offered = fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(Duration.ofHours(3)), true)).id();
        fx.service(s -> s.offer(ame, offered));
        UUID declined = fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(Duration.ofHours(3)), true)).id();
        fx.service(s -> s.offer(ame, declined));
        fx.service(s -> s.decline(cimade, declined, "ame", "Équipe déjà prise ailleurs", null));
        UUID accepted = fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(Duration.ofHours(3)), true)).id();
        fx.received(cimade, ame, accepted);

        List<UUID> due = fx.service(s -> s.dueForEscalation(Instant.now(), Duration.ofHours(6)));
        assertThat(due).containsExactlyInAnyOrder(offered, declined);
    }

    @Test
    void withdrawingTheLastAcceptanceMakesTheAlertDueAgainEvenOnceEscalated() {
        UUID soon = fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(Duration.ofHours(3)), true)).id();
        boolean escalated = fx.service(s -> s.escalate(soon, Instant.now()));
        assertThat(escalated).isTrue();
        fx.received(cimade, Callers.of("ame", Role.MEMBER), soon);
        assertThat(fx.service(s -> s.find(cimade, soon)).escalatedNow()).isFalse();
        List<UUID> dueWhileReceived = fx.service(s -> s.dueForEscalation(Instant.now(), Duration.ofHours(6)));
        assertThat(dueWhileReceived).isEmpty();

        fx.service(s -> s.withdraw(cimade, soon, "ame", "Équipe injoignable", null));
        List<UUID> dueAgain = fx.service(s -> s.dueForEscalation(Instant.now(), Duration.ofHours(6)));
        assertThat(dueAgain).containsExactly(soon);
    }

    @Test
    void anOwnerDecidingWhileTheAlertIsEscalatedIsNotRefusedAndTheEscalationStays() {
        Caller ame = Callers.of("ame", Role.MEMBER);
        UUID soon = fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(Duration.ofHours(3)), true)).id();
        fx.service(s -> s.offer(ame, soon));

        // The owner's transaction reads the alert (the version its page holds), the escalation check commits, then the
        // owner accepts: nothing the owner decided on changed, so the acceptance goes through.
        Alert accepted = fx.service(s -> {
            long held = s.find(cimade, soon).version();
            assertThat(CompletableFuture.supplyAsync(() -> fx.service(other -> other.escalate(soon, Instant.now()))).join()).isTrue();
            return s.accept(cimade, soon, "ame", held);
        });

        assertThat(accepted.status()).isEqualTo(AlertStatus.TAKEN_IN_CHARGE);
        Alert after = fx.service(s -> s.find(cimade, soon));
        assertThat(after.escalatedAt()).isPresent();
        assertThat(after.timeline()).extracting(TimelineEntry::action).contains("escalated", "accepted");
    }

    @Test
    void aNewArrivalTimeForgetsAnEscalationClaimedWhileItWasTyped() {
        UUID soon = fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(Duration.ofHours(3)), true)).id();

        fx.service(s -> {
            long held = s.find(cimade, soon).version();
            assertThat(CompletableFuture.supplyAsync(() -> fx.service(other -> other.escalate(soon, Instant.now()))).join()).isTrue();
            return s.update(cimade, soon, AlertFixture.arrivingIn(Duration.ofHours(30)), held);
        });

        assertThat(fx.service(s -> s.find(cimade, soon)).escalatedAt()).isEmpty();
        List<UUID> dueIn30Hours = fx.service(s -> s.dueForEscalation(Instant.now().plus(Duration.ofHours(25)), Duration.ofHours(6)));
        assertThat(dueIn30Hours).containsExactly(soon);
    }

    @Test
    void severalInstancesRacingEscalateOnce() throws Exception {
        UUID soon = fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(Duration.ofHours(3)), true)).id();
        Instant now = Instant.now();
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            Callable<Boolean> escalate = () -> fx.service(s -> s.escalate(soon, now));
            List<Future<Boolean>> results = instances.invokeAll(List.of(escalate, escalate, escalate, escalate));
            long winners = 0;
            for (Future<Boolean> r : results) {
                winners += r.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            instances.shutdown();
        }
        Alert alert = fx.service(s -> s.find(cimade, soon));
        assertThat(alert.escalatedNow()).isTrue();
        assertThat(alert.timeline()).extracting(TimelineEntry::action).containsOnlyOnce("escalated");
        assertThat(fx.announced).filteredOn(e -> e.change() == AlertChanged.Change.ESCALATED).hasSize(1);
        List<UUID> dueAfter = fx.service(s -> s.dueForEscalation(Instant.now(), Duration.ofHours(6)));
        assertThat(dueAfter).isEmpty();
    }
}
