package org.kafo.web.partner.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.partner.MemberChanges;
import org.kafo.web.partner.OfferJson;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /compte/invitations.xhtml}: the invitations addressed to the signed-in account. Accepting signs the person in
 * again at once (Keycloak's session answers without a form), so that the new association is in their token.
 */
@Named
@RequestScoped
public class MyInvitationsPage {

    @Inject
    CurrentCaller caller;

    @Inject
    MemberChanges changes;

    @Inject
    TenantRegistry tenants;

    private List<OfferJson> offers;

    public List<OfferJson> getOffers() {
        if (offers == null) {
            offers = changes.offersFor(caller.get()).stream().map(o -> OfferJson.of(o, tenants)).toList();
        }
        return offers;
    }

    public void accept(String id) {
        if (PageMessages.attempt(null, () -> changes.acceptOffer(caller.get(), Ids.parse(id)))) {
            FacesContext context = FacesContext.getCurrentInstance();
            try {
                context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + "/login?returnTo=/");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        } else {
            offers = null;
        }
    }

    public void decline(String id) {
        PageMessages.attempt(null, () -> {
            changes.declineOffer(caller.get(), Ids.parse(id));
            PageMessages.info(PageMessages.text("invitations.done.declined"));
        });
        offers = null;
    }
}
