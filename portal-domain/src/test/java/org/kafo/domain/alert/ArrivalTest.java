package org.kafo.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.domain.alert.AlertLifecycleTest.assertConflict;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/** The arrival as it happened: when, how many, and a report only after it. */
class ArrivalTest {

    private final AlertFixture fx = new AlertFixture();
    private final Caller cimade = Callers.of("cimade", Role.MEMBER);
    private final Caller ame = Callers.of("ame", Role.MEMBER);

    @Test
    void theArrivalIsNowByDefaultWithTheCountThatCame() {
        UUID id = arrivingIn(Duration.ofHours(2));
        Instant before = Instant.now();
        fx.service(s -> s.recordArrival(ame, id, new Arrival.Input(null, 115, 20, 9, 3, false), null));
        Alert arrived = fx.service(s -> s.find(cimade, id));
        assertThat(arrived.status()).isEqualTo(AlertStatus.ARRIVED);
        assertThat(arrived.arrival()).hasValueSatisfying(a -> {
            assertThat(a.at()).isBetween(before, Instant.now());
            assertThat(a.peopleCount()).isEqualTo(115);
            assertThat(a.women()).isEqualTo(20);
            assertThat(a.minors()).isEqualTo(9);
            assertThat(a.unaccompaniedMinors()).isEqualTo(3);
            assertThat(a.recordedBy()).isEqualTo("ame");
        });
        assertThat(arrived.timeline()).last().extracting(TimelineEntry::detail).isEqualTo("Arrivée enregistrée : 115 personnes arrivées");
        assertConflict(() -> fx.service(s -> s.recordArrival(cimade, id, AlertFixture.arrivedNow(1), null)), "déjà enregistrée");
        assertThat(fx.count("select count(*) from audit_entry where action = 'alert.arrived'")).isEqualTo(1);
    }

    @Test
    void anEarlierTimeIsKeptAndOneFarEarlierThanExpectedIsAskedAgain() {
        UUID onTime = arrivingIn(Duration.ofHours(1));
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        fx.service(s -> s.recordArrival(ame, onTime, new Arrival.Input(hourAgo, 120, null, null, null, false), null));
        assertThat(fx.service(s -> s.find(cimade, onTime)).arrival().orElseThrow().at()).isEqualTo(hourAgo);

        UUID tomorrow = arrivingIn(Duration.ofHours(30));
        assertThatThrownBy(() -> fx.service(s -> s.recordArrival(ame, tomorrow, new Arrival.Input(null, 120, null, null, null, false), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.errors()).extracting(DomainException.FieldError::field).containsExactly("confirm");
                    assertThat(e.getMessage()).contains("bien plus tôt que l'arrivée prévue", "confirmez");
                });
        assertThat(fx.service(s -> s.find(cimade, tomorrow)).status()).as("nothing recorded").isEqualTo(AlertStatus.TAKEN_IN_CHARGE);
        fx.service(s -> s.recordArrival(ame, tomorrow, new Arrival.Input(null, 120, null, null, null, true), null));
        assertThat(fx.service(s -> s.find(cimade, tomorrow)).status()).isEqualTo(AlertStatus.ARRIVED);
    }

    @Test
    void badArrivalsAreRefusedInFrenchEveryFieldAtOnceAndChangeNothing() {
        UUID id = arrivingIn(Duration.ofHours(1));
        int outbox = (int) fx.count("select count(*) from search_outbox");
        assertInvalid(id, new Arrival.Input(Instant.now().plus(Duration.ofHours(2)), 10, null, null, null, true),
                "arrivedAt", "dans le futur");
        assertInvalid(id, new Arrival.Input(Instant.now().minus(Duration.ofDays(40)), 10, null, null, null, true),
                "arrivedAt", "30 jours");
        assertInvalid(id, new Arrival.Input(null, null, null, null, null, true), "peopleCount", "nombre de personnes arrivées");
        assertInvalid(id, new Arrival.Input(null, 0, null, null, null, true), "peopleCount", "annulez l'alerte");
        assertInvalid(id, new Arrival.Input(null, 3, 5, null, null, true), "women", "Les femmes (5) dépassent le nombre de personnes arrivées (3)");
        assertInvalid(id, new Arrival.Input(null, 10, 6, 6, null, true), "minors", "Femmes et mineurs (12)");
        assertInvalid(id, new Arrival.Input(null, 10, null, 2, 3, true), "unaccompaniedMinors", "dépassent le nombre de mineurs (2)");
        assertInvalid(id, new Arrival.Input(null, 10, -1, null, null, true), "women", "entre 0 et");
        assertThatThrownBy(() -> fx.service(s -> s.recordArrival(ame, id, new Arrival.Input(Instant.now().plus(Duration.ofDays(1)),
                null, 4, null, null, true), null))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errors()).extracting(DomainException.FieldError::field).containsExactly("arrivedAt", "peopleCount"));
        assertThat(fx.service(s -> s.find(cimade, id)).status()).isEqualTo(AlertStatus.TAKEN_IN_CHARGE);
        assertThat(fx.count("select count(*) from search_outbox")).isEqualTo(outbox);
        assertThat(fx.count("select count(*) from audit_entry where action = 'alert.arrived'")).isZero();
    }

    @Test
    void aReportComesAfterTheArrivalAndCountsNoMoreThanArrived() {
        UUID id = arrivingIn(Duration.ofHours(1));
        ReceptionReport early = ReceptionReport.of(5, List.of("WELCOME"), null, null);
        assertConflict(() -> fx.service(s -> s.fileReceptionReport(ame, id, early, null)), "Enregistrez d'abord l'arrivée");
        fx.service(s -> s.recordArrival(ame, id, new Arrival.Input(null, 6, null, null, null, false), null));
        assertThatThrownBy(() -> fx.service(s -> s.fileReceptionReport(ame, id, ReceptionReport.of(7, List.of(), null, null), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errors()).extracting(DomainException.FieldError::field).containsExactly("received");
                    assertThat(e.getMessage()).contains("7 personnes reçues, mais 6 personnes sont arrivées");
                });
        fx.service(s -> s.fileReceptionReport(ame, id, ReceptionReport.of(6, List.of("WELCOME"), null, null), null));
        assertThat(fx.service(s -> s.find(cimade, id)).status()).isEqualTo(AlertStatus.REPORTED);
        assertConflict(() -> fx.service(s -> s.cancel(cimade, id, "trop tard", null)), "ne peut plus être annulée");
        assertConflict(() -> fx.service(s -> s.update(cimade, id, AlertFixture.charter(),
                fx.service(s2 -> s2.find(cimade, id)).version())), "ne peut plus être modifiée");
    }

    private UUID arrivingIn(Duration in) {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.arrivingIn(in), true)).id();
        fx.received(cimade, ame, id);
        return id;
    }

    private void assertInvalid(UUID id, Arrival.Input input, String field, String words) {
        assertThatThrownBy(() -> fx.service(s -> s.recordArrival(ame, id, input, null))).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.errors()).anySatisfy(f -> {
                assertThat(f.field()).isEqualTo(field);
                assertThat(f.message()).contains(words);
            });
        });
    }
}
