package org.kafo.domain.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One vocabulary for where a commitment stands: overdue is an open commitment past its due date, and nothing else. */
class CommitmentStandingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @Test
    void anOpenCommitmentPastItsDueDateIsOverdueWhateverItsRecordedStatus() {
        assertThat(CommitmentStanding.of(CommitmentStatus.EN_COURS, TODAY.minusDays(1), TODAY)).isEqualTo(CommitmentStanding.EN_RETARD);
        assertThat(CommitmentStanding.of(CommitmentStatus.PREVU, TODAY.minusDays(1), TODAY)).isEqualTo(CommitmentStanding.EN_RETARD);
        assertThat(CommitmentStanding.EN_RETARD.label()).isEqualTo("En retard");
    }

    @Test
    void dueTodayIsNotYetLateAndAClosedOneIsNeverLate() {
        assertThat(CommitmentStanding.of(CommitmentStatus.EN_COURS, TODAY, TODAY)).isEqualTo(CommitmentStanding.EN_COURS);
        assertThat(CommitmentStanding.of(CommitmentStatus.PREVU, TODAY.plusDays(3), TODAY)).isEqualTo(CommitmentStanding.PREVU);
        assertThat(CommitmentStanding.of(CommitmentStatus.REALISE, TODAY.minusYears(1), TODAY)).isEqualTo(CommitmentStanding.REALISE);
        assertThat(CommitmentStanding.of(CommitmentStatus.ABANDONNE, TODAY.minusYears(1), TODAY)).isEqualTo(CommitmentStanding.ABANDONNE);
    }

    @Test
    void theRecordedStatusesReadAsTheirStanding() {
        for (CommitmentStatus status : CommitmentStatus.values()) {
            assertThat(CommitmentStanding.of(status, TODAY.plusDays(1), TODAY).label()).as(status.name()).isEqualTo(status.label());
        }
    }
}
