package org.kafo.domain.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.domain.observatory.ObservatoryFixture.AME;
import static org.kafo.domain.observatory.ObservatoryFixture.COORDINATION;
import static org.kafo.domain.observatory.ObservatoryFixture.NOW;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.TestDatabase;

/** Who publishes the network's figures, for which periods, and what publishing leaves behind. */
class PublicationTest {

    private final ObservatoryFixture data = new ObservatoryFixture();
    private final TestDatabase db = TestDatabase.get();

    @BeforeEach
    void noPublicationYet() {
        db.truncate("observatory_publication", "audit_entry");
    }

    @Test
    void theCoordinationPublishesAClosedYearOrQuarterOnceAndTheAuditLogSaysWhoAndWhen() {
        Publication p = data.observatory(o -> o.publish(COORDINATION, Period.year(2024), NOW));
        assertThat(p.period()).isEqualTo(Period.year(2024));
        assertThat(p.publishedBy()).isEqualTo(COORDINATION.username());
        data.observatory(o -> o.publish(COORDINATION, Period.quarter(2025, 4), NOW));
        assertThat(data.observatory(Observatory::publications)).extracting(Publication::period)
                .containsExactly(Period.quarter(2025, 4), Period.year(2024));
        assertThat(count("select count(*) from audit_entry where action = 'observatory.publish' and target_id in ('2024', '2025-T4')"))
                .isEqualTo(2);

        data.observatory(o -> {
            o.withdraw(COORDINATION, Period.year(2024));
            return null;
        });
        assertThat(data.observatory(Observatory::publications)).extracting(Publication::period).containsExactly(Period.quarter(2025, 4));
        assertThat(count("select count(*) from audit_entry where action = 'observatory.withdraw'")).isEqualTo(1);
    }

    @Test
    void onlyTheCoordinationPublishesAndNothingIsWrittenWhenItIsRefused() {
        refused(() -> data.observatory(o -> o.publish(AME, Period.year(2024), NOW)), DomainException.Kind.FORBIDDEN,
                "Seule la coordination");
        refused(() -> data.observatory(o -> o.publish(ObservatoryFixture.OBSERVER, Period.year(2024), NOW)),
                DomainException.Kind.FORBIDDEN, "coordination");
        data.observatory(o -> o.publish(COORDINATION, Period.year(2024), NOW));
        refused(() -> data.observatory(o -> {
            o.withdraw(AME, Period.year(2024));
            return null;
        }), DomainException.Kind.FORBIDDEN, "coordination");
        assertThat(count("select count(*) from observatory_publication")).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry")).isEqualTo(1);
    }

    @Test
    void aPeriodStillRunningAMonthAndAPeriodOverlappingAPublishedOneAreRefused() {
        Instant midYear = Instant.parse("2026-06-01T12:00:00Z");
        refused(() -> data.observatory(o -> o.publish(COORDINATION, Period.year(2026), midYear)), DomainException.Kind.INVALID,
                "n'est pas terminée");
        refused(() -> data.observatory(o -> o.publish(COORDINATION, Period.quarter(2026, 2), midYear)), DomainException.Kind.INVALID,
                "après le 30 juin 2026");
        refused(() -> data.observatory(o -> o.publish(COORDINATION, Period.month(2025, 3), midYear)), DomainException.Kind.INVALID,
                "une année ou un trimestre");
        data.observatory(o -> o.publish(COORDINATION, Period.quarter(2025, 2), midYear));
        refused(() -> data.observatory(o -> o.publish(COORDINATION, Period.year(2025), midYear)), DomainException.Kind.CONFLICT,
                "chevauchent");
        refused(() -> data.observatory(o -> o.publish(COORDINATION, Period.quarter(2025, 2), midYear)), DomainException.Kind.CONFLICT,
                "déjà publics");
        refused(() -> data.observatory(o -> {
            o.withdraw(COORDINATION, Period.year(2023));
            return null;
        }), DomainException.Kind.NOT_FOUND, "ne sont pas publics");
        assertThat(count("select count(*) from observatory_publication")).isEqualTo(1);
    }

    private long count(String sql) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, DomainException.Kind kind, String text) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(text);
        });
    }
}
