package org.kafo.domain.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;

class PeriodTest {

    @Test
    void aYearAQuarterAndAMonthAreReadAsWrittenAndBoundedInMaliTime() {
        Period year = Period.parse("2025");
        assertThat(year.start()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(year.end()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(year.months()).hasSize(12);
        assertThat(year.label()).isEqualTo("2025");

        Period quarter = Period.parse("2025-t2");
        assertThat(quarter).isEqualTo(Period.parse("2025-Q2")).isEqualTo(Period.quarter(2025, 2));
        assertThat(quarter.code()).isEqualTo("2025-T2");
        assertThat(quarter.label()).isEqualTo("2e trimestre 2025");
        assertThat(quarter.months()).containsExactly(YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6));
        assertThat(Period.quarter(2025, 1).label()).isEqualTo("1er trimestre 2025");

        Period march = Period.parse(" 2025-03 ");
        assertThat(march.code()).isEqualTo("2025-03");
        assertThat(march.label()).isEqualTo("mars 2025");
        assertThat(march.end()).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
    }

    @Test
    void aPeriodIsClosedOnceItsLastDayIsOverAndOverlapsItsQuartersAndMonths() {
        Period q4 = Period.quarter(2025, 4);
        assertThat(q4.closedAt(Instant.parse("2025-12-31T23:59:59Z"))).isFalse();
        assertThat(q4.closedAt(Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
        assertThat(Period.year(2025).overlaps(q4)).isTrue();
        assertThat(q4.overlaps(Period.month(2025, 10))).isTrue();
        assertThat(q4.overlaps(Period.quarter(2025, 3))).isFalse();
        assertThat(Period.year(2024).overlaps(Period.year(2025))).isFalse();
    }

    @Test
    void anythingElseIsRefusedInFrenchNamingThePeriod() {
        for (String wrong : new String[] {"", "25", "2025-T5", "2025-13", "2025-00", "1999", "2025/03", "2025-03-01", "dernier trimestre"}) {
            assertThatThrownBy(() -> Period.parse(wrong)).as(wrong).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                assertThat(e.errors()).extracting(DomainException.FieldError::field).containsExactly("period");
                assertThat(e.getMessage()).matches(".*(Période|année|trimestre).*");
            });
        }
    }

    @Test
    void aRefusalIsSaidInTheReadersLanguage() {
        assertThatThrownBy(() -> Period.parse("2025-T9")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getMessage()).contains("Période non reconnue : « 2025-T9 »");
            assertThat(e.text(Locale.ENGLISH)).contains("Period not recognised: \"2025-T9\"");
        });
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.text(Locale.ENGLISH)).startsWith("Give the period"));
        assertThatThrownBy(() -> Period.year(1999)).isInstanceOfSatisfying(DomainException.class, e ->
                assertThat(e.text(Locale.ENGLISH)).isEqualTo("Choose a year between 2000 and 2100."));
    }
}
