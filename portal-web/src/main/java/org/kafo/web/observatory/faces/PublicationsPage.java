package org.kafo.web.observatory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.observatory.Observatory;
import org.kafo.domain.observatory.Period;
import org.kafo.domain.observatory.Publication;
import org.kafo.web.observatory.PeriodChoices;

/**
 * {@code /admin/observatoire.xhtml}: the periods whose figures are public, and the closed ones that may be. Its two
 * forms have their beans ({@link PublishForm}, {@link WithdrawForm}); the domain decides (closed, not overlapping,
 * network administrators only) and the page says why not.
 */
@Named
@RequestScoped
public class PublicationsPage {

    @Inject
    Observatory observatory;

    public List<Publication> getPublications() {
        return observatory.publications();
    }

    /** The closed years and quarters, latest first: what may be published. */
    public List<Period> getClosed() {
        List<Period> closed = new ArrayList<>();
        Instant now = Instant.now();
        for (int y = LocalDate.now(ZoneOffset.UTC).getYear(); y >= PeriodChoices.FIRST_YEAR; y--) {
            for (int q = 4; q >= 1; q--) {
                Period quarter = Period.quarter(y, q);
                if (quarter.closedAt(now)) {
                    closed.add(quarter);
                }
            }
            if (Period.year(y).closedAt(now)) {
                closed.add(Period.year(y));
            }
        }
        return closed;
    }
}
