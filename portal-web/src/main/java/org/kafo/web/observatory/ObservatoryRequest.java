package org.kafo.web.observatory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.kafo.domain.observatory.FigureFilter;
import org.kafo.domain.observatory.Figures;
import org.kafo.domain.observatory.Observatory;
import org.kafo.domain.observatory.Period;
import org.kafo.domain.observatory.Publication;
import org.kafo.domain.observatory.Scope;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.tenancy.Caller;

/**
 * What a page, a download or an API call asks the observatory, as typed (scope, period, kind, origin, region), read the
 * same way everywhere: with no scope, the network's figures for the signed-in and the public ones for visitors; with no
 * period, the current year, or for public figures the latest published period.
 */
@ApplicationScoped
public class ObservatoryRequest {

    @Inject
    Observatory observatory;

    @Inject
    ObservatoryNames names;

    @Inject
    FiguresCache cache;

    /** The query's parameters, as the API and the page's address name them. */
    public record Asked(String scope, String period, String kind, String origin, String region) {
    }

    public Figures figures(Caller caller, Asked asked) {
        return figures(caller, asked, false);
    }

    /**
     * The figures asked, as this caller may have them now: the right is asked on every request; the figures themselves
     * may come from {@link FiguresCache} (same audience, same question, no alert changed since), unless {@code fresh}
     * (an API client's {@code Cache-Control: no-cache}).
     */
    public Figures figures(Caller caller, Asked asked, boolean fresh) {
        // every wrong parameter said at once, each by the domain's reading of it
        Checks checks = Checks.start();
        Scope scope = checks.collect(() -> Scope.parse(asked.scope(), caller));
        boolean noPeriod = asked.period() == null || asked.period().isBlank();
        Period typed = noPeriod ? null : checks.collect(() -> Period.parse(asked.period()));
        FigureFilter filter = checks.collect(() -> FigureFilter.parse(asked.kind(), asked.origin(), asked.region()));
        checks.throwIfAny();
        Period period = noPeriod ? defaultPeriod(scope) : typed;
        Publication publication = observatory.admit(caller, scope, period, filter);
        if (fresh) {
            return observatory.compute(caller, scope, period, filter, publication, Instant.now());
        }
        return cache.figures(scope.name(), scope.audience(caller), period, filter,
                () -> observatory.compute(caller, scope, period, filter, publication, Instant.now()));
    }

    /** The period asked, or the current year. */
    public Period period(String asked) {
        return asked == null || asked.isBlank() ? Period.of(Period.Kind.YEAR, LocalDate.now(ZoneOffset.UTC)) : Period.parse(asked);
    }

    /** The current year; for public figures, the latest published period (the current year when none is, which then says so). */
    public Period defaultPeriod(Scope scope) {
        if (scope == Scope.PUBLIC) {
            List<Publication> published = observatory.publications();
            if (!published.isEmpty()) {
                return published.get(0).period();
            }
        }
        return Period.of(Period.Kind.YEAR, LocalDate.now(ZoneOffset.UTC));
    }

    /** Whose eyes the figures are read with, in French: the caller's association, or "vous". */
    public String association(Caller caller) {
        return caller.tenant() == null ? "vous" : names.association(caller.tenant());
    }
}
