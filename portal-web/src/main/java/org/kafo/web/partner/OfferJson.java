package org.kafo.web.partner;

import java.time.Instant;
import org.kafo.domain.membership.MembershipOffer;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;

/**
 * An invitation waiting for its addressee's agreement (a membership offer), as the API and the page "Mes invitations"
 * show it: the association by its name, the role in words.
 */
public record OfferJson(String id, String association, String associationName, String role, String roleLabel,
                        String offeredBy, String email, Instant expiresAt) {

    public static OfferJson of(MembershipOffer offer, TenantRegistry tenants) {
        return new OfferJson(offer.id().toString(), offer.tenantAlias(),
                tenants.find(offer.tenantAlias()).map(Tenant::name).orElse(offer.tenantAlias()), offer.role().code(),
                offer.role().label(), offer.offeredBy(), offer.email(), offer.expiresAt());
    }
}
