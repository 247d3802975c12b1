package org.kafo.domain.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/**
 * The network's side of onboarding: who may add, suspend and reactivate partners, and what the portal
 * records when they do. The identity provider's side (the Keycloak Organization, the accounts) is done by
 * the web module around these calls, which keep to the database.
 */
@ApplicationScoped
public class Partners {

    public static final String AUDIT_TYPE = "partner";

    private EntityManager em;
    private TenantRegistry registry;
    private AuditLog audit;
    private Event<PartnerOnboarded> onboarded;

    protected Partners() {
    }

    @Inject
    public Partners(EntityManager em, TenantRegistry registry, AuditLog audit, Event<PartnerOnboarded> onboarded) {
        this.em = em;
        this.registry = registry;
        this.audit = audit;
        this.onboarded = onboarded;
    }

    /** What can be refused before anything is created anywhere: the caller's role, an alias or name taken. */
    public void checkNew(Caller caller, PartnerApplication application) {
        requireNetworkAdmin(caller);
        if (registry.find(application.alias()).isPresent()) {
            throw DomainException.invalid("alias", Message.of("partner.alias.taken", application.alias()));
        }
        Long sameName = em.createQuery("select count(t) from Tenant t where lower(t.name) = lower(:name)", Long.class)
                .setParameter("name", application.name()).getSingleResult();
        if (sameName > 0) {
            throw DomainException.invalid("name", Message.of("partner.name.taken", application.name()));
        }
    }

    /**
     * Records the new partner, its first administrator's invitation, and tells the directory
     * ({@link PartnerOnboarded}, observed in this transaction), all or nothing.
     *
     * @param firstAdminId the identity provider's id of the account invited to administer it
     */
    @Transactional
    public Tenant onboard(Caller caller, PartnerApplication application, String firstAdminId) {
        checkNew(caller, application);
        Tenant tenant = Tenant.onboard(application);
        registry.add(tenant);
        em.flush();
        audit.write(caller, "partner.onboard", AUDIT_TYPE, tenant.alias(), tenant.alias(),
                tenant.name() + " (" + application.kind().code() + ", " + tenant.country() + ")");
        audit.write(caller, "member.invite", "member", firstAdminId, tenant.alias(),
                application.adminEmail() + " : tenant-admin");
        onboarded.fire(new PartnerOnboarded(tenant.alias(), tenant.name(), tenant.acronym(), tenant.country(), tenant.city(),
                application.kind().code(), tenant.contactEmail()));
        return tenant;
    }

    /** Its members can no longer sign in nor post; everything it owns stays. */
    @Transactional
    public Tenant suspend(Caller caller, String alias) {
        requireNetworkAdmin(caller);
        if (caller.belongsTo(alias)) {
            throw DomainException.forbidden(Message.of("partner.suspend.own"));
        }
        Tenant tenant = locked(alias);
        tenant.suspend();
        audit.write(caller, "partner.suspend", AUDIT_TYPE, alias, alias, tenant.name());
        return tenant;
    }

    @Transactional
    public Tenant reactivate(Caller caller, String alias) {
        requireNetworkAdmin(caller);
        Tenant tenant = locked(alias);
        tenant.reactivate();
        audit.write(caller, "partner.reactivate", AUDIT_TYPE, alias, alias, tenant.name());
        return tenant;
    }

    /** Whether an association with this alias is in the portal (committed, by this call or another). */
    public boolean onboarded(String alias) {
        return registry.find(alias).isPresent();
    }

    /**
     * The partner, its row locked until the transaction ends: changes to one association's members are
     * serialised, across instances, so that two admins cannot both remove the last administrator.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Tenant locked(String alias) {
        Tenant tenant = alias == null ? null : em.find(Tenant.class, alias, LockModeType.PESSIMISTIC_WRITE);
        if (tenant == null) {
            throw DomainException.notFound(Message.of("partner.unknown", alias));
        }
        return tenant;
    }

    private static void requireNetworkAdmin(Caller caller) {
        if (!caller.has(Role.NETWORK_ADMIN)) {
            throw DomainException.forbidden(Message.of("partner.networkAdminOnly"));
        }
    }
}
