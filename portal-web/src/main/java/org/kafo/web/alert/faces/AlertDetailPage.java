package org.kafo.web.alert.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.kafo.domain.alert.AlertService;
import org.kafo.domain.alert.ClaimState;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.alert.AlertJson;
import org.kafo.web.alert.AlertViews;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /alertes/alerte.xhtml?id=…}: one alert, what it says, who offered to take it in charge and the owner's answers,
 * the arrival as it happened, each association's report, its timeline and the earlier versions the reader could see, and
 * only the actions the reader may take now (the permissions the domain's rule gives, in the view). Its buttons are here;
 * each of its forms has a bean of its own ({@link ArrivalForm}, {@link ReportForm}, {@link CancelForm},
 * {@link ClaimsForm}, {@link PeopleForm}), which acts on the version read with the page.
 */
@Named
@ViewScoped
public class AlertDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AlertService alerts;

    @Inject
    AlertViews views;

    @Inject
    CurrentCaller caller;

    private String id;
    private AlertJson.DetailJson detail;

    public void load() {
        try {
            detail = views.detail(alerts.find(caller.get(), Ids.parse(id)), caller.get());
        } catch (DomainException e) {
            PageMessages.notFound(e);
        }
    }

    public UUID uuid() {
        return Ids.parse(id);
    }

    /** The version of the alert read with the page: an action on a version changed meanwhile is a conflict. */
    public long version() {
        return detail.summary().version();
    }

    public String publish() {
        return act(null, () -> alerts.publish(caller.get(), uuid(), version()), PageMessages.text("alert.done.published"));
    }

    /** Offers to take the reception in charge: the owner decides (a named partner is accepted at once). */
    public String offer() {
        String[] done = new String[1];
        boolean ok = PageMessages.attempt(null, () -> done[0] = alerts.offer(caller.get(), uuid()).claimOf(caller.get().tenant())
                .filter(c -> c.is(ClaimState.ACCEPTED))
                .map(c -> PageMessages.text("alert.done.claimed"))
                .orElse(PageMessages.text("alert.done.offered", detail.summary().ownerName())));
        return ok ? done(done[0]) : null;
    }

    public String close() {
        return act(null, () -> alerts.close(caller.get(), uuid(), version()), PageMessages.text("alert.done.closed"));
    }

    /** Runs an action of the page or of one of its forms; done, its message is kept over the redirect to the alert. */
    String act(String formId, Runnable action, String done) {
        return PageMessages.attempt(formId, action) ? done(done) : null;
    }

    /** After an action: its message kept over the redirect to the alert, read again. */
    String done(String message) {
        PageMessages.done(message);
        return "/alertes/alerte.xhtml?faces-redirect=true&id=" + id;
    }

    /** The caller's association's own offer, if it made one (its state, and the owner's reason when declined or withdrawn). */
    public AlertJson.ClaimJson getOwnClaim() {
        return caller.get().tenant() == null ? null
                : detail.claims().stream().filter(c -> c.tenant().equals(caller.get().tenant())).findFirst().orElse(null);
    }

    /** A partner the owner named when posting, which has not offered yet: its offer will be accepted at once. */
    public boolean isNamedPartner() {
        return detail.permissions().offer() && getOwnClaim() == null && detail.audiencePartners().contains(caller.get().tenant());
    }

    public AlertJson.DetailJson getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
