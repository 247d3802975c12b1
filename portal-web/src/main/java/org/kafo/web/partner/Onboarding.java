package org.kafo.web.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.domain.membership.MemberRole;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenant.PartnerApplication;
import org.kafo.domain.tenant.Partners;
import org.kafo.domain.tenant.Tenant;
import org.kafo.web.identity.IdentityDirectory;
import org.kafo.web.security.TenantGate;

/**
 * Onboards a partner in Keycloak and in the portal so that the two agree afterwards: the organization and
 * the first administrator's account first, then the portal's transaction (tenant, audit, directory entry);
 * if anything fails, what this call created in Keycloak is removed again. Should that removal fail too
 * (Keycloak gone meanwhile), the leftovers carry the alias, and a retry takes them over. Nothing is removed when
 * the alias was committed meanwhile by another onboarding of the same partner (two admins at the same moment): the
 * organization this call created may be the one the other call took over and uses. The invitation
 * e-mail goes once the partner is committed; if it cannot, it can be sent again from the members' list.
 */
@ApplicationScoped
public class Onboarding {

    private static final Logger LOG = Logger.getLogger(Onboarding.class.getName());

    @Inject
    Partners partners;

    @Inject
    IdentityDirectory identity;

    @Inject
    TenantGate gate;

    /** The partner, its first administrator's account, and whether the invitation e-mail left. */
    public record Onboarded(Tenant tenant, String adminId, String adminEmail, boolean invitationSent) {
    }

    public Onboarded onboard(Caller caller, PartnerApplication application) {
        partners.checkNew(caller, application);
        IdentityDirectory.Organization organization = identity.ensureOrganization(application);
        IdentityDirectory.Account admin = null;
        Tenant tenant;
        try {
            admin = identity.ensureAccount(application.adminEmail(), application.adminFirstName(), application.adminLastName(),
                    application.alias());
            if (admin.existing()) {
                throw DomainException.invalid("adminEmail", Message.of("partner.adminEmail.taken", application.adminEmail()));
            }
            identity.addMember(organization.id(), admin.id());
            identity.setRole(admin.id(), MemberRole.TENANT_ADMIN);
            tenant = partners.onboard(caller, application, admin.id());
        } catch (RuntimeException e) {
            if (partners.onboarded(application.alias())) {
                LOG.warning("onboarding of " + application.alias() + " lost to another onboarding of the same alias; "
                        + "Keycloak left as it is (organization " + organization.id() + ", account "
                        + (admin == null ? "none" : admin.id()) + ")");
            } else {
                undo(organization, admin);
            }
            throw e;
        }
        boolean sent = identity.trySendInvitation(admin.id());
        return new Onboarded(tenant, admin.id(), application.adminEmail(), sent);
    }

    public Tenant suspend(Caller caller, String alias) {
        Tenant tenant = partners.suspend(caller, alias);
        gate.forget(alias);
        return tenant;
    }

    public Tenant reactivate(Caller caller, String alias) {
        Tenant tenant = partners.reactivate(caller, alias);
        gate.forget(alias);
        return tenant;
    }

    private void undo(IdentityDirectory.Organization organization, IdentityDirectory.Account admin) {
        try {
            if (admin != null && admin.created()) {
                identity.deleteAccount(admin.id());
            }
            if (organization.created()) {
                identity.deleteOrganization(organization.id());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "onboarding of " + organization.alias() + " failed and could not be undone in Keycloak; "
                    + "a retry with the same alias takes the leftovers over", e);
        }
    }
}
