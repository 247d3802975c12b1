package org.kafo.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Role;

/** Bad input: each refusal names its field in French, and nothing is written. */
class AlertInputTest {

    private final AlertFixture fx = new AlertFixture();

    @Test
    void unknownCountryAndArrivalPointAreRefusedByName() {
        assertFields(input("AIR_CHARTER", "XX", Instant.now().plusSeconds(3600), "bamako-senou", 10, null, null), "originCountry");
        assertFields(input("AIR_CHARTER", "LY", Instant.now().plusSeconds(3600), "lune", 10, null, null), "arrivalPoint");
        assertFields(input("TELEPORT", "LY", Instant.now().plusSeconds(3600), "bamako-senou", 10, null, null), "kind");
    }

    @Test
    void countsMustBePositiveAndConsistent() {
        assertFields(input("LAND_CONVOY", "DZ", Instant.now(), "gao", -3, null, null), "peopleCount");
        assertFields(input("LAND_CONVOY", "DZ", Instant.now(), "gao", 10, 8, 5), "women");
        assertFields(input("LAND_CONVOY", "DZ", Instant.now(), "gao", 10, -1, null), "men");
        assertFields(input("LAND_CONVOY", "DZ", Instant.now(), "gao", null, null, null), "peopleCount");
    }

    @Test
    void absurdArrivalTimesAreRefused() {
        assertFields(input("AIR_ESCORTED", "FR", Instant.now().minus(Duration.ofDays(400)), "bamako-senou", 1, null, null), "expectedArrival");
        assertFields(input("AIR_ESCORTED", "FR", Instant.now().plus(Duration.ofDays(3650)), "bamako-senou", 1, null, null), "expectedArrival");
        assertFields(input("AIR_ESCORTED", "FR", null, "bamako-senou", 1, null, null), "expectedArrival");
    }

    @Test
    void missingFieldsAreAllNamedAtOnce() {
        AlertInput empty = new AlertInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> AlertContent.from(empty, Instant.now())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errors()).extracting(DomainException.FieldError::field)
                        .contains("kind", "originCountry", "expectedArrival", "arrivalPoint", "peopleCount"));
    }

    @Test
    void overLongTextAndBadFlightNumbersAreRefusedButMarkupIsKeptAsTypedForPagesToEscape() {
        AlertInput c = AlertFixture.charter();
        AlertInput longText = new AlertInput(c.kind(), c.originCountry(), null, null, null, null, null, c.expectedArrival(),
                c.arrivalPoint(), 3, null, null, null, null, null, null, null, null, null, null, "x".repeat(5000), null, null);
        assertFields(longText, "description");
        AlertInput badFlight = new AlertInput(c.kind(), c.originCountry(), null, null, null, "vol de nuit", null,
                c.expectedArrival(), c.arrivalPoint(), 3, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertFields(badFlight, "flightNumber");
        AlertInput script = new AlertInput(c.kind(), c.originCountry(), null, null, null, "af596", null, c.expectedArrival(),
                c.arrivalPoint(), 3, null, null, null, null, null, null, null, null, null, null,
                "<script>alert('x')</script>", null, null);
        AlertContent content = AlertContent.from(script, Instant.now());
        assertThat(content.description()).isEqualTo("<script>alert('x')</script>");
        assertThat(content.flightNumber()).isEqualTo("AF596");
        assertThat(content.certainty()).isEqualTo(Certainty.UNKNOWN);
    }

    @Test
    void partnersMustBeKnownAssociations() {
        assertFields(AlertFixture.forPartners("inconnue"), "partners");
        AlertInput c = AlertFixture.charter();
        assertFields(new AlertInput(c.kind(), c.originCountry(), null, null, null, null, null, c.expectedArrival(), c.arrivalPoint(),
                3, null, null, null, null, null, null, null, null, null, null, null, "PARTNERS", List.of()), "partners");
    }

    @Test
    void theAudienceIsChosenNeverAssumedAndAForgedOneIsRefused() {
        assertFields(AlertFixture.forAudience(null), "audience");
        assertFields(AlertFixture.forAudience("EVERYONE"), "audience");
        assertFields(AlertFixture.forAudience("NETWORK<script>"), "audience");
        assertThatThrownBy(() -> fx.service(s -> s.create(Callers.of("cimade", Role.MEMBER), AlertFixture.forAudience(null), false)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("Choisissez à qui s'adresse"));
        assertThat(fx.count("select count(*) from alert")).isZero();
    }

    @Test
    void theOwnAssociationIsNeverItsOwnPartnerEvenWhenTheFormIsForged() {
        assertFields(AlertFixture.forPartners("cimade"), "partners");
        assertFields(AlertFixture.forPartners("ame", "cimade"), "partners");
        assertThatThrownBy(() -> fx.service(s -> s.create(Callers.of("cimade", Role.MEMBER), AlertFixture.forPartners("cimade"), true)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("propre partenaire"));

        // nor by a later version: the update is refused and the alert keeps its partners
        Alert posted = fx.service(s -> s.create(Callers.of("cimade", Role.MEMBER), AlertFixture.forPartners("ame"), true));
        assertThatThrownBy(() -> fx.service(s -> s.update(Callers.of("cimade", Role.MEMBER), posted.id(),
                AlertFixture.forPartners("ame", "cimade"), posted.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors())
                        .extracting(DomainException.FieldError::field).containsExactly("partners"));
        Alert kept = fx.service(s -> s.find(Callers.of("cimade", Role.MEMBER), posted.id()));
        assertThat(kept.audiencePartners()).containsExactly("ame");
        assertThat(kept.version()).isEqualTo(posted.version());
    }

    private void assertFields(AlertInput input, String field) {
        assertThatThrownBy(() -> fx.service(s -> s.create(Callers.of("cimade", Role.MEMBER), input, true)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.errors()).extracting(DomainException.FieldError::field).contains(field);
                    assertThat(e.getMessage()).isNotBlank();
                });
        assertThat(fx.count("select count(*) from alert")).isZero();
        assertThat(fx.count("select count(*) from search_outbox")).isZero();
        assertThat(fx.count("select count(*) from audit_entry")).isZero();
    }

    private static AlertInput input(String kind, String country, Instant arrival, String point, Integer total, Integer men, Integer women) {
        return new AlertInput(kind, country, null, null, null, null, null, arrival, point, total, men, women, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
