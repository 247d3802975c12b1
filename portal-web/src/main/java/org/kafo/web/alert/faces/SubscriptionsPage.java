package org.kafo.web.alert.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.alert.AlertSubscription;
import org.kafo.domain.alert.AlertSubscriptions;
import org.kafo.web.alert.AlertViews;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/** "Mes abonnements": the signed-in user's e-mail subscriptions, by arrival point or region. */
@Named
@RequestScoped
public class SubscriptionsPage {

    @Inject
    AlertSubscriptions subscriptions;

    @Inject
    AlertViews views;

    @Inject
    CurrentCaller caller;

    private String point;
    private String region;
    private List<AlertSubscription> mine;

    public List<AlertSubscription> getMine() {
        if (mine == null) {
            mine = subscriptions.mine(caller.get());
        }
        return mine;
    }

    public String subscribe() {
        if (!PageMessages.attempt("subscribe-form", () -> subscriptions.subscribe(caller.get(), point, region))) {
            return null;
        }
        PageMessages.done(PageMessages.text("alert.subscriptions.done.added"));
        return "/compte/abonnements.xhtml?faces-redirect=true";
    }

    public String unsubscribe(String id) {
        if (!PageMessages.attempt(null, () -> subscriptions.unsubscribe(caller.get(), Ids.parse(id)))) {
            return null;
        }
        PageMessages.done(PageMessages.text("alert.subscriptions.done.removed"));
        return "/compte/abonnements.xhtml?faces-redirect=true";
    }

    public String pointName(String code) {
        return views.pointName(code);
    }

    public String getPoint() {
        return point;
    }

    public void setPoint(String point) {
        this.point = point;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getEmail() {
        return caller.get().email();
    }
}
