package org.kafo.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.kafo.domain.membership.MemberAccount;
import org.kafo.domain.membership.MemberRole;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;

/**
 * Who to tell, by e-mail, of an offer to take an alert in charge or of the owner's answer: the members and
 * administrators of the association concerned, as Keycloak has them at the time of the mail (enabled accounts of an
 * active association; observers act for nobody). Asked each time: a right taken away is not kept here.
 */
@ApplicationScoped
public class AssociationContacts {

    private static final Logger LOG = Logger.getLogger(AssociationContacts.class.getName());

    @Inject
    IdentityDirectory identities;

    @Inject
    TenantRegistry tenants;

    /** The addresses of the people who act for the association {@code alias}; none when it cannot be asked. */
    public List<String> actingFor(String alias) {
        if (alias == null || tenants.find(alias).filter(Tenant::active).isEmpty()) {
            return List.of();
        }
        try {
            return identities.organization(alias).map(o -> identities.members(o.getId()).stream()
                    .filter(m -> m.enabled() && (m.role() == MemberRole.MEMBER || m.role() == MemberRole.TENANT_ADMIN))
                    .map(MemberAccount::email).filter(e -> e != null && !e.isBlank()).distinct().toList()).orElse(List.of());
        } catch (IdentityUnavailable e) {
            LOG.warning("Adresses de l'association " + alias + " non obtenues de Keycloak : " + e.getMessage());
            return List.of();
        }
    }
}
