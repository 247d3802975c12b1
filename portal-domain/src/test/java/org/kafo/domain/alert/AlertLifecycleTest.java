package org.kafo.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.Visibility;

class AlertLifecycleTest {

    private final AlertFixture fx = new AlertFixture();
    private final Caller cimade = Callers.of("cimade", Role.MEMBER);
    private final Caller ame = Callers.of("ame", Role.MEMBER);
    private final Caller gao = Callers.of("mission-catholique-gao", Role.MEMBER);

    @Test
    void aDraftStaysPrivateUntilPublishedThenReachesItsAudience() {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.charter(), false)).id();
        assertThat(fx.service(s -> s.find(cimade, id)).visibility()).isEqualTo(Visibility.PRIVATE);
        assertNotFound(() -> fx.service(s -> s.find(ame, id)));
        assertThat(fx.service(s -> s.list(ame, AlertFilter.inProgress(), 0, 20)).total()).isZero();

        fx.service(s -> s.publish(cimade, id, null));
        Alert published = fx.service(s -> s.find(ame, id));
        assertThat(published.status()).isEqualTo(AlertStatus.PUBLISHED);
        assertThat(published.visibility()).isEqualTo(Visibility.NETWORK);
        assertThat(published.revision()).isEqualTo(1);
        assertThat(fx.announced).extracting(AlertChanged::change)
                .containsExactly(AlertChanged.Change.CREATED, AlertChanged.Change.PUBLISHED);
        assertThat(fx.count("select count(*) from search_outbox where kind = 'alert'")).isEqualTo(2);
        assertThat(fx.count("select count(*) from audit_entry where action = 'alert.publish'")).isEqualTo(1);
    }

    @Test
    void aPageOfTheListCarriesTheTotalTheCallerMaySeeAndWhoTookEachAlertInCharge() {
        List<UUID> network = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            network.add(fx.service(s -> s.create(cimade, AlertFixture.charter(), true)).id());
        }
        UUID partners = fx.service(s -> s.create(cimade, AlertFixture.forPartners("apdha"), true)).id();
        fx.service(s -> s.create(cimade, AlertFixture.charter(), false));
        fx.service(s -> s.takeInCharge(gao, network.get(1)));
        fx.service(s -> s.takeInCharge(ame, network.get(1)));
        fx.service(s -> s.takeInCharge(cimade, partners));

        AlertPage firstPage = fx.service(s -> s.list(ame, AlertFilter.inProgress(), 0, 2));
        assertThat(firstPage.total()).as("5 network alerts; not the partners' nor the draft").isEqualTo(5);
        assertThat(firstPage.items()).hasSize(2);
        AlertPage last = fx.service(s -> s.list(ame, AlertFilter.inProgress(), 4, 2));
        assertThat(last.total()).isEqualTo(5);
        assertThat(last.items()).hasSize(1);
        AlertPage pastTheEnd = fx.service(s -> s.list(ame, AlertFilter.inProgress(), 10, 2));
        assertThat(pastTheEnd.total()).isEqualTo(5);
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(fx.service(s -> s.list(cimade, AlertFilter.inProgress(), 0, 20)).total()).as("the owner sees its draft").isEqualTo(7);
        assertThat(fx.service(s -> s.list(Callers.of("apdha", Role.MEMBER), AlertFilter.inProgress(), 0, 20)).total()).isEqualTo(6);

        AlertPage all = fx.service(s -> s.list(ame, AlertFilter.inProgress(), 0, 20));
        assertThat(all.total()).isEqualTo(5);
        Alert claimed = all.items().stream().filter(a -> a.id().equals(network.get(1))).findFirst().orElseThrow();
        assertThat(all.claimants(claimed)).as("in the order of the claims").containsExactly("mission-catholique-gao", "ame");
        assertThat(all.items()).filteredOn(a -> !a.id().equals(network.get(1))).allSatisfy(a -> assertThat(all.claimants(a)).isEmpty());
        AlertPage ofApdha = fx.service(s -> s.list(Callers.of("apdha", Role.MEMBER), AlertFilter.inProgress(), 0, 20));
        assertThat(ofApdha.claimants(ofApdha.items().stream().filter(a -> a.id().equals(partners)).findFirst().orElseThrow()))
                .containsExactly("cimade");
    }

    @Test
    void theSummariesOfAPageAreTheAlertsOfThatPageForEveryCaller() {
        for (int hours : new int[] {5, 6, 7}) {
            fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(java.time.Duration.ofHours(hours)), true));
        }
        UUID partners = fx.service(s -> s.create(cimade, AlertFixture.forPartners("apdha", "ame"), true)).id();
        UUID draft = fx.service(s -> s.create(ame, AlertFixture.charter(), false)).id();
        fx.service(s -> s.takeInCharge(Callers.of("apdha", Role.MEMBER), partners));
        fx.service(s -> s.takeInCharge(ame, partners));
        List<Caller> callers = List.of(cimade, ame, gao, Callers.of("apdha", Role.MEMBER), Callers.of(null, Role.OBSERVER),
                Caller.anonymous(), Callers.of("ame", Role.NETWORK_ADMIN));
        for (Caller caller : callers) {
            for (int[] page : new int[][] {{0, 20}, {0, 2}, {2, 2}, {40, 2}}) {
                AlertPage alerts = fx.service(s -> s.list(caller, AlertFilter.inProgress(), page[0], page[1]));
                AlertSummary.Page summaries = fx.service(s -> s.summaries(caller, AlertFilter.inProgress(), page[0], page[1]));
                assertThat(summaries.total()).as(caller.username()).isEqualTo(alerts.total());
                assertThat(summaries.items()).extracting(AlertSummary::id).as(caller.username())
                        .containsExactlyElementsOf(alerts.items().stream().map(Alert::id).toList());
                for (int i = 0; i < alerts.items().size(); i++) {
                    Alert a = alerts.items().get(i);
                    AlertSummary sum = summaries.items().get(i);
                    assertThat(sum).isEqualTo(new AlertSummary(a.id(), a.status(), a.content().kind(), a.content().originCountry(),
                            a.content().arrivalPoint(), a.content().expectedArrival(), a.content().peopleCount(),
                            a.content().flightNumber(), a.ownerTenant(), a.visibility(), a.partnerTenants(), a.escalatedNow(),
                            a.revision(), a.version()));
                    assertThat(sum.headline("Bamako")).isEqualTo(a.content().headline("Bamako"));
                    assertThat(summaries.claimants(sum)).isEqualTo(alerts.claimants(a));
                }
            }
        }
        AlertSummary.Page ofAme = fx.service(s -> s.summaries(ame, AlertFilter.inProgress(), 0, 20));
        assertThat(ofAme.items()).extracting(AlertSummary::id).contains(partners, draft);
        assertThat(ofAme.claimants(ofAme.items().stream().filter(a -> a.id().equals(partners)).findFirst().orElseThrow()))
                .containsExactly("apdha", "ame");
        assertThat(fx.service(s -> s.summaries(gao, AlertFilter.inProgress(), 0, 20)).items()).extracting(AlertSummary::id)
                .doesNotContain(partners, draft);
    }

    @Test
    void aReceptionIsClaimedByTwoAssociationsThenArrivesIsReportedAndClosedWithItsWholeTimeline() {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.charter(), true)).id();
        fx.service(s -> s.takeInCharge(ame, id));
        fx.service(s -> s.takeInCharge(gao, id));
        assertConflict(() -> fx.service(s -> s.takeInCharge(ame, id)), "déjà pris");
        fx.service(s -> s.markArrived(ame, id, null));
        assertThatThrownBy(() -> fx.service(s -> s.fileReceptionReport(cimade, id,
                ReceptionReport.of(118, List.of("WELCOME"), null, null), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        fx.service(s -> s.fileReceptionReport(ame, id,
                ReceptionReport.of(118, List.of("WELCOME", "SHELTER", "MEDICAL"), "12 orientés vers le CIGEM", null), null));
        fx.service(s -> s.close(cimade, id, null));

        Alert closed = fx.service(s -> s.find(ame, id));
        assertThat(closed.status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(closed.claims()).extracting(Claim::tenant).containsExactly("ame", "mission-catholique-gao");
        assertThat(closed.report()).hasValueSatisfying(r -> {
            assertThat(r.received()).isEqualTo(118);
            assertThat(r.services()).containsExactlyInAnyOrder(Assistance.WELCOME, Assistance.SHELTER, Assistance.MEDICAL);
            assertThat(r.filedBy()).isEqualTo("ame");
        });
        assertThat(closed.timeline()).extracting(TimelineEntry::action)
                .containsExactly("created", "published", "claimed", "claimed", "arrived", "reported", "closed");
        assertThat(closed.timeline()).extracting(TimelineEntry::actorTenant)
                .containsExactly("cimade", "cimade", "ame", "mission-catholique-gao", "ame", "ame", "cimade");
        assertConflict(() -> fx.service(s -> s.update(cimade, id, AlertFixture.charter(), closed.version())), "clôturée");
    }

    @Test
    void anUpdateSupersedesThePublishedVersionAndKeepsTheEarlierOne() {
        Alert first = fx.service(s -> s.create(cimade, AlertFixture.charter(), true));
        AlertInput corrected = AlertFixture.forPartners("ame");
        Alert updated = fx.service(s -> s.update(cimade, first.id(), corrected, first.version()));
        assertThat(updated.revision()).isEqualTo(2);
        assertThat(updated.visibility()).isEqualTo(Visibility.PARTNERS);
        Alert reloaded = fx.service(s -> s.find(cimade, first.id()));
        assertThat(reloaded.revisions()).extracting(AlertRevision::messageType)
                .containsExactly(AlertRevision.MessageType.ALERT, AlertRevision.MessageType.UPDATE);
        assertThat(reloaded.revisions().get(0).content().peopleCount()).isEqualTo(120);
        assertNotFound(() -> fx.service(s -> s.find(Callers.of("apdha", Role.MEMBER), first.id())));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Alert alert = fx.service(s -> s.create(cimade, AlertFixture.charter(), true));
        long stale = alert.version();
        fx.service(s -> s.update(cimade, alert.id(), AlertFixture.charter(), stale));
        int outboxBefore = (int) fx.count("select count(*) from search_outbox");
        assertConflict(() -> fx.service(s -> s.update(cimade, alert.id(), AlertFixture.forPartners("ame"), stale)), "entre-temps");
        assertThat(fx.service(s -> s.find(cimade, alert.id())).revision()).isEqualTo(2);
        assertThat(fx.count("select count(*) from search_outbox")).isEqualTo(outboxBefore);
    }

    @Test
    void onlyTheOwnerChangesAndCancelsAndAnObserverCannotClaim() {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.charter(), true)).id();
        Alert alert = fx.service(s -> s.find(ame, id));
        assertForbidden(() -> fx.service(s -> s.update(ame, id, AlertFixture.charter(), alert.version())));
        assertForbidden(() -> fx.service(s -> s.cancel(ame, id, "erreur", null)));
        assertForbidden(() -> fx.service(s -> s.takeInCharge(Callers.of(null, Role.OBSERVER), id)));
        assertConflict(() -> fx.service(s -> s.markArrived(cimade, id, null)), "pris");
        assertThatThrownBy(() -> fx.service(s -> s.cancel(cimade, id, "  ", null))).isInstanceOf(DomainException.class)
                .hasMessageContaining("raison");
        fx.service(s -> s.cancel(cimade, id, "Vol annulé par la compagnie", null));
        assertConflict(() -> fx.service(s -> s.takeInCharge(ame, id)), "annulée");
        assertThat(fx.announced).extracting(AlertChanged::change).last().isEqualTo(AlertChanged.Change.CANCELLED);
    }

    @Test
    void aPartnersAlertIsSeenByTheNamedPartnersOnly() {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.forPartners("ame"), true)).id();
        assertThat(fx.service(s -> s.find(ame, id)).partnerTenants()).containsExactly("ame");
        for (Caller other : List.of(gao, Callers.of(null, Role.OBSERVER), Caller.anonymous(), Callers.of("apdha", Role.TENANT_ADMIN))) {
            assertNotFound(() -> fx.service(s -> s.find(other, id)));
            assertThat(fx.service(s -> s.list(other, AlertFilter.inProgress(), 0, 20)).items()).isEmpty();
        }
        assertNotFound(() -> fx.service(s -> s.takeInCharge(gao, id)));
    }

    static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    static void assertForbidden(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    }

    static void assertConflict(Runnable call, String words) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(e.getMessage()).contains(words);
        });
    }
}
