package org.kafo.web.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kafo.domain.observatory.FigureFilter;
import org.kafo.domain.observatory.Figures;
import org.kafo.domain.observatory.Period;
import org.kafo.domain.observatory.Scope;
import org.kafo.domain.tenancy.VisibilityRule;

/** Figures are kept per audience and question, until an alert changes; a computation overlapping a change is not kept. */
class FiguresCacheTest {

    private final FiguresCache cache = new FiguresCache();
    private final AtomicInteger computed = new AtomicInteger();
    private final VisibilityRule.Audience ame = new VisibilityRule.Audience(true, "ame");
    private final VisibilityRule.Audience cimade = new VisibilityRule.Audience(true, "cimade");

    @Test
    void theSameQuestionOfTheSameAudienceIsComputedOnceUntilAnAlertChanges() {
        Figures first = ask(ame, Period.year(2025));
        assertThat(ask(ame, Period.year(2025))).isSameAs(first);
        assertThat(computed).hasValue(1);
        ask(cimade, Period.year(2025));
        ask(ame, Period.year(2024));
        ask(ame, Period.quarter(2025, 1));
        assertThat(computed).as("another audience or period is another question").hasValue(4);
        cache.invalidate();
        assertThat(ask(ame, Period.year(2025))).isNotSameAs(first);
        assertThat(computed).hasValue(5);
    }

    @Test
    void figuresComputedWhileAnAlertChangedAreNotKept() {
        cache.figures("NETWORK", ame, Period.year(2025), FigureFilter.NONE, () -> {
            cache.invalidate();
            return figures();
        });
        ask(ame, Period.year(2025));
        assertThat(computed).hasValue(1);
        ask(ame, Period.year(2025));
        assertThat(computed).hasValue(1);
    }

    private Figures ask(VisibilityRule.Audience audience, Period period) {
        return cache.figures("NETWORK", audience, period, FigureFilter.NONE, () -> {
            computed.incrementAndGet();
            return figures();
        });
    }

    private static Figures figures() {
        return new Figures(Scope.NETWORK, Period.year(2025), FigureFilter.NONE, "", true, 5, false, Instant.now(), null, List.of());
    }
}
