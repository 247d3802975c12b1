package org.kafo.web.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WatermarkTest {

    private final Instant now = Instant.parse("2026-11-25T12:00:00Z");
    private final Watermark watermark = new Watermark(10, Duration.ofSeconds(60));

    @Test
    void movesOverRowsThatFollowWithoutAGap() {
        watermark.applied(11, now);
        watermark.applied(12, now);
        watermark.advance(now);
        assertThat(watermark.value()).isEqualTo(12);
        assertThat(watermark.needs(12)).isFalse();
        assertThat(watermark.needs(13)).isTrue();
    }

    @Test
    void waitsForARowCommittedLateAndDoesNotApplyTheLaterOneTwice() {
        watermark.applied(12, now);
        watermark.advance(now);
        assertThat(watermark.value()).as("row 11 is still in an open transaction").isEqualTo(10);
        assertThat(watermark.needs(12)).isFalse();
        assertThat(watermark.needs(11)).isTrue();

        watermark.applied(11, now.plusSeconds(1));
        watermark.advance(now.plusSeconds(1));
        assertThat(watermark.value()).isEqualTo(12);
    }

    @Test
    void givesUpOnAGapLeftByARolledBackInsertAfterTheTimeout() {
        watermark.applied(12, now);
        watermark.advance(now.plusSeconds(59));
        assertThat(watermark.value()).isEqualTo(10);
        watermark.advance(now.plusSeconds(61));
        assertThat(watermark.value()).isEqualTo(12);
    }

    @Test
    void rowsAtOrBelowTheWatermarkAreNeverAppliedAgain() {
        assertThat(watermark.needs(10)).isFalse();
        assertThat(watermark.needs(3)).isFalse();
    }

    @Test
    void aResetForgetsWhatWasAppliedAbove() {
        watermark.applied(15, now);
        watermark.reset(20);
        assertThat(watermark.value()).isEqualTo(20);
        assertThat(watermark.needs(21)).isTrue();
        watermark.advance(now.plusSeconds(3600));
        assertThat(watermark.value()).isEqualTo(20);
    }
}
