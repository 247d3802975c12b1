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
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.observatory.PeriodChoices;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /admin/observatoire.xhtml}, the publish form: the coordination makes the network's figures of a closed year or
 * quarter public. The domain decides (closed, not overlapping, network administrators only); the page says why not.
 */
@Named
@RequestScoped
public class PublishPage {

    @Inject
    CurrentCaller caller;

    @Inject
    Observatory observatory;

    private String period;

    public void publish() {
        try {
            Publication p = observatory.publish(caller.get(), Period.parse(period), Instant.now());
            PageMessages.info(PageMessages.text("observatory.publish.done").replace("{0}", p.period().label()));
            period = null;
        } catch (DomainException e) {
            PageMessages.refused(e);
        }
    }

    public List<Publication> getPublications() {
        return observatory.publications();
    }

    /** The closed years and quarters, latest first: what may be published. */
    public List<Period> getClosed() {
        List<Period> closed = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int y = today.getYear(); y >= PeriodChoices.FIRST_YEAR; y--) {
            for (int q = 4; q >= 1; q--) {
                Period quarter = Period.quarter(y, q);
                if (quarter.closedAt(Instant.now())) {
                    closed.add(quarter);
                }
            }
            if (Period.year(y).closedAt(Instant.now())) {
                closed.add(Period.year(y));
            }
        }
        return closed;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
