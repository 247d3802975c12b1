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
    void aPageOfTheListCarriesTheTotalTheCallerMaySeeWhoTookEachAlertInChargeAndWhereAnOfferWaits() {
        List<UUID> network = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            network.add(fx.service(s -> s.create(cimade, AlertFixture.charter(), true)).id());
        }
        Caller apdha = Callers.of("apdha", Role.MEMBER);
        UUID partners = fx.service(s -> s.create(cimade, AlertFixture.forPartners("apdha"), true)).id();
        fx.service(s -> s.create(cimade, AlertFixture.charter(), false));
        fx.received(cimade, gao, network.get(1));
        fx.received(cimade, ame, network.get(1));
        fx.service(s -> s.offer(ame, network.get(2)));
        fx.service(s -> s.offer(apdha, partners));

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
        assertThat(fx.service(s -> s.list(apdha, AlertFilter.inProgress(), 0, 20)).total()).isEqualTo(6);

        AlertPage all = fx.service(s -> s.list(ame, AlertFilter.inProgress(), 0, 20));
        assertThat(all.total()).isEqualTo(5);
        Alert claimed = all.items().stream().filter(a -> a.id().equals(network.get(1))).findFirst().orElseThrow();
        assertThat(all.claimants(claimed)).as("in the order of the acceptances").containsExactly("mission-catholique-gao", "ame");
        assertThat(all.items()).filteredOn(a -> !a.id().equals(network.get(1))).allSatisfy(a -> assertThat(all.claimants(a)).isEmpty());
        Alert offered = all.items().stream().filter(a -> a.id().equals(network.get(2))).findFirst().orElseThrow();
        assertThat(all.offerPending(offered)).as("an offer waits").isTrue();
        assertThat(offered.status()).as("an offer alone takes nothing in charge").isEqualTo(AlertStatus.PUBLISHED);
        assertThat(all.offerPending(claimed)).isFalse();
        AlertPage ofApdha = fx.service(s -> s.list(apdha, AlertFilter.inProgress(), 0, 20));
        Alert named = ofApdha.items().stream().filter(a -> a.id().equals(partners)).findFirst().orElseThrow();
        assertThat(ofApdha.claimants(named)).as("a named partner is accepted at once").containsExactly("apdha");
        assertThat(named.status()).isEqualTo(AlertStatus.TAKEN_IN_CHARGE);
    }

    @Test
    void theSummariesOfAPageAreTheAlertsOfThatPageForEveryCaller() {
        List<UUID> soon = new java.util.ArrayList<>();
        for (int hours : new int[] {5, 6, 7}) {
            soon.add(fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(java.time.Duration.ofHours(hours)), true)).id());
        }
        UUID partners = fx.service(s -> s.create(cimade, AlertFixture.forPartners("apdha", "ame"), true)).id();
        UUID draft = fx.service(s -> s.create(ame, AlertFixture.charter(), false)).id();
        fx.service(s -> s.offer(Callers.of("apdha", Role.MEMBER), partners));
        fx.service(s -> s.offer(ame, partners));
        fx.service(s -> s.offer(gao, soon.get(0)));
        fx.received(cimade, ame, soon.get(1));
        fx.service(s -> s.offer(gao, soon.get(1)));
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
                            a.revision(), a.version(), a.offerPending()));
                    assertThat(sum.offerPending()).isEqualTo(alerts.offerPending(a));
                    assertThat(sum.headline("Bamako")).isEqualTo(a.content().headline("Bamako"));
                    assertThat(summaries.claimants(sum)).isEqualTo(alerts.claimants(a)).isEqualTo(a.receivers());
                }
            }
        }
        AlertSummary.Page ofAme = fx.service(s -> s.summaries(ame, AlertFilter.inProgress(), 0, 20));
        assertThat(ofAme.items()).extracting(AlertSummary::id).contains(partners, draft);
        assertThat(ofAme.claimants(ofAme.items().stream().filter(a -> a.id().equals(partners)).findFirst().orElseThrow()))
                .containsExactly("apdha", "ame");
        assertThat(ofAme.items()).filteredOn(AlertSummary::offerPending).extracting(AlertSummary::id)
                .containsExactlyInAnyOrder(soon.get(0), soon.get(1));
        assertThat(fx.service(s -> s.summaries(gao, AlertFilter.inProgress(), 0, 20)).items()).extracting(AlertSummary::id)
                .doesNotContain(partners, draft);
    }

    @Test
    void twoAssociationsOfferTheOwnerAcceptsTheyRecordTheArrivalEachReportsAndTheOwnerCloses() {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.charter(), true)).id();
        fx.service(s -> s.offer(ame, id));
        fx.service(s -> s.offer(gao, id));
        assertConflict(() -> fx.service(s -> s.offer(ame, id)), "déjà proposé");
        assertThat(fx.service(s -> s.find(cimade, id)).status()).as("offers alone take nothing in charge").isEqualTo(AlertStatus.PUBLISHED);
        fx.service(s -> s.accept(cimade, id, "ame", null));
        fx.service(s -> s.accept(cimade, id, "mission-catholique-gao", null));
        assertConflict(() -> fx.service(s -> s.offer(ame, id)), "déjà pris");
        fx.service(s -> s.recordArrival(ame, id, AlertFixture.arrivedNow(118), null));
        assertForbidden(() -> fx.service(s -> s.fileReceptionReport(Callers.of("apdha", Role.MEMBER), id,
                ReceptionReport.of(3, List.of("WELCOME"), null, null), null)));
        fx.service(s -> s.fileReceptionReport(ame, id,
                ReceptionReport.of(100, List.of("WELCOME", "SHELTER", "MEDICAL"), "12 orientés vers le CIGEM", null), null));
        fx.service(s -> s.fileReceptionReport(gao, id, ReceptionReport.of(18, List.of("TRANSPORT"), null, null), null));
        assertConflict(() -> fx.service(s -> s.fileReceptionReport(ame, id, ReceptionReport.of(1, List.of(), null, null), null)),
                "déjà déposé");
        assertForbidden(() -> fx.service(s -> s.close(ame, id, null)));
        fx.service(s -> s.close(cimade, id, null));

        Alert closed = fx.service(s -> s.find(ame, id));
        assertThat(closed.status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(closed.claims()).extracting(Claim::tenant).containsExactly("ame", "mission-catholique-gao");
        assertThat(closed.receivers()).containsExactly("ame", "mission-catholique-gao");
        assertThat(closed.arrival()).hasValueSatisfying(a -> assertThat(a.peopleCount()).isEqualTo(118));
        assertThat(closed.reports()).extracting(ReceptionReport::tenant).containsExactly("ame", "mission-catholique-gao");
        assertThat(closed.reportOf("ame")).hasValueSatisfying(r -> {
            assertThat(r.received()).isEqualTo(100);
            assertThat(r.services()).containsExactlyInAnyOrder(Assistance.WELCOME, Assistance.SHELTER, Assistance.MEDICAL);
            assertThat(r.filedBy()).isEqualTo(ame.username());
        });
        assertThat(closed.timeline()).extracting(TimelineEntry::action).containsExactly("created", "published", "offered",
                "offered", "accepted", "accepted", "arrived", "reported", "reported", "closed");
        assertThat(closed.timeline()).extracting(TimelineEntry::actorTenant).containsExactly("cimade", "cimade", "ame",
                "mission-catholique-gao", "cimade", "cimade", "ame", "ame", "mission-catholique-gao", "cimade");
        assertThat(closed.timeline()).extracting(TimelineEntry::subjectTenant).containsExactly(null, null, "ame",
                "mission-catholique-gao", "ame", "mission-catholique-gao", null, "ame", "mission-catholique-gao", null);
        assertThat(fx.announced).extracting(AlertChanged::change).containsSubsequence(AlertChanged.Change.OFFERED,
                AlertChanged.Change.OFFERED, AlertChanged.Change.ACCEPTED, AlertChanged.Change.ACCEPTED, AlertChanged.Change.ARRIVED);
        assertThat(fx.announced).filteredOn(e -> e.change() == AlertChanged.Change.OFFERED).extracting(AlertChanged::subjectTenant)
                .containsExactly("ame", "mission-catholique-gao");
        assertConflict(() -> fx.service(s -> s.update(cimade, id, AlertFixture.charter(), closed.version())), "clôturée");
    }

    @Test
    void theOwnerReceivesAndReportsItselfWithoutTakingItsOwnAlertInCharge() {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.charter(), true)).id();
        assertForbidden(() -> fx.service(s -> s.offer(cimade, id)));
        fx.service(s -> s.recordArrival(cimade, id, AlertFixture.arrivedNow(1), null));
        fx.service(s -> s.fileReceptionReport(cimade, id, ReceptionReport.of(1, List.of("WELCOME"), null, null), null));
        fx.service(s -> s.close(cimade, id, null));
        Alert closed = fx.service(s -> s.find(cimade, id));
        assertThat(closed.claims()).isEmpty();
        assertThat(closed.reports()).extracting(ReceptionReport::tenant).containsExactly("cimade");
        assertThat(closed.status()).isEqualTo(AlertStatus.CLOSED);
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
    void onlyTheOwnerChangesAndCancelsAndAnObserverCannotOffer() {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.charter(), true)).id();
        Alert alert = fx.service(s -> s.find(ame, id));
        assertForbidden(() -> fx.service(s -> s.update(ame, id, AlertFixture.charter(), alert.version())));
        assertForbidden(() -> fx.service(s -> s.cancel(ame, id, "erreur", null)));
        assertForbidden(() -> fx.service(s -> s.offer(Callers.of(null, Role.OBSERVER), id)));
        assertForbidden(() -> fx.service(s -> s.recordArrival(ame, id, AlertFixture.arrivedNow(3), null)));
        assertThatThrownBy(() -> fx.service(s -> s.cancel(cimade, id, "  ", null))).isInstanceOf(DomainException.class)
                .hasMessageContaining("raison");
        fx.service(s -> s.cancel(cimade, id, "Vol annulé par la compagnie", null));
        assertConflict(() -> fx.service(s -> s.offer(ame, id)), "annulée");
        assertThat(fx.announced).extracting(AlertChanged::change).last().isEqualTo(AlertChanged.Change.CANCELLED);
        assertThat(fx.count("select count(*) from audit_entry where action = 'alert.cancel' and detail like '%compagnie%'"))
                .as("the reason is free text: kept in the alert, not in the audit log").isZero();
    }

    @Test
    void aPartnersAlertIsSeenByTheNamedPartnersOnly() {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.forPartners("ame"), true)).id();
        assertThat(fx.service(s -> s.find(ame, id)).partnerTenants()).containsExactly("ame");
        for (Caller other : List.of(gao, Callers.of(null, Role.OBSERVER), Caller.anonymous(), Callers.of("apdha", Role.TENANT_ADMIN))) {
            assertNotFound(() -> fx.service(s -> s.find(other, id)));
            assertThat(fx.service(s -> s.list(other, AlertFilter.inProgress(), 0, 20)).items()).isEmpty();
        }
        assertNotFound(() -> fx.service(s -> s.offer(gao, id)));
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
