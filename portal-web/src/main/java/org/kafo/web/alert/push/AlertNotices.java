package org.kafo.web.alert.push;



import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.kafo.domain.alert.AlertChanged;

/**
 * Announces each alert change to the other instances with PostgreSQL's {@code NOTIFY}, inside the change's own
 * transaction: PostgreSQL delivers the notice on commit only, so a rolled-back change is never announced, and
 * every instance listening ({@code DatabaseNotices}, then {@link AlertRelay}) gets it. The notice carries what the visibility rule needs and
 * no personal data, like {@link AlertChanged} itself (well under PostgreSQL's 8,000-byte limit).
 */
@ApplicationScoped
public class AlertNotices {

    /** The PostgreSQL notification channel. */
    public static final String CHANNEL = "kafo_alert";

    private final String instance = UUID.randomUUID().toString();

    @Inject
    EntityManager em;

    /** This instance's id in the notices, so that it ignores its own. */
    public String instance() {
        return instance;
    }

    void onChange(@Observes AlertChanged change) {
        String payload = JSON.createObjectBuilder().add("origin", instance).add("change", AlertNotice.notice(change)).build().toString();
        em.createNativeQuery("select count(*) from (select pg_notify(?1, ?2)) as sent")
                .setParameter(1, CHANNEL).setParameter(2, payload).getSingleResult();
    }
}
