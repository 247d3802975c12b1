package org.kafo.web.observatory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.kafo.domain.observatory.Observatory;
import org.kafo.domain.observatory.Period;
import org.kafo.domain.observatory.Publication;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/** The publish form of {@link PublicationsPage}: the coordination makes the network's figures of a closed period public. */
@Named
@RequestScoped
public class PublishForm {

    @Inject
    CurrentCaller caller;

    @Inject
    Observatory observatory;

    private String period;

    public void publish() {
        PageMessages.attempt("publish", () -> {
            Publication p = observatory.publish(caller.get(), Period.parse(period), Instant.now());
            PageMessages.info(PageMessages.text("observatory.publish.done").replace("{0}", p.period().label()));
            period = null;
        });
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
