package org.kafo.domain.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.directory.Drafts.ContactDraft;
import org.kafo.domain.directory.Drafts.LocationDraft;
import org.kafo.domain.directory.Drafts.OrganizationDraft;
import org.kafo.domain.directory.Drafts.ServiceDraft;
import org.kafo.domain.reference.Region;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenant.PartnerKind;
import org.kafo.domain.tenant.PartnerOnboarded;

/**
 * Keeps the directory: creates, describes and removes entries and their services, each change checked
 * whole before anything is written, audited, and sent to search through the outbox, in one transaction.
 */
@ApplicationScoped
public class Directory {

    /** Who writes the audit entry of an onboarding: the portal itself. */
    static final Caller ONBOARDING = new Caller("kafo-onboarding", "kafo", "Kafo (adhésion)", null, null, Set.of());
    private static final UUID NO_ID = new UUID(0, 0);

    private EntityManager em;
    private Organizations organizations;
    private Taxonomies taxonomies;
    private AuditLog audit;
    private org.kafo.domain.outbox.Outbox outbox;

    protected Directory() {
    }

    @Inject
    public Directory(EntityManager em, Organizations organizations, Taxonomies taxonomies, AuditLog audit,
                     org.kafo.domain.outbox.Outbox outbox) {
        this.em = em;
        this.organizations = organizations;
        this.taxonomies = taxonomies;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** A new entry of an actor that is not a tenant, kept by the network. */
    @Transactional
    public Organization create(Caller caller, OrganizationDraft draft) {
        if (!DirectoryRule.canCreateEntries(caller)) {
            throw DomainException.forbidden(Message.of("directory.create.networkAdminOnly"));
        }
        Organization entry = new Organization(null, null);
        describe(entry, draft, Checks.start());
        em.persist(entry);
        changed(caller, "directory.organization.create", entry);
        return entry;
    }

    /**
     * A new entry with the given owner and id, as an HSDS import or onboarding makes it; the caller has
     * already been allowed to.
     */
    Organization createFor(Caller caller, UUID id, String memberTenant, OrganizationDraft draft, Checks checks) {
        Organization entry = new Organization(id, memberTenant);
        describe(entry, draft, checks);
        em.persist(entry);
        changed(caller, "directory.organization.create", entry);
        return entry;
    }

    @Transactional
    public Organization update(Caller caller, UUID id, OrganizationDraft draft) {
        Organization entry = organizations.keptBy(caller, id);
        if (draft.version() != null && draft.version() != entry.version()) {
            throw DomainException.conflict(Message.of("directory.entry.changed"));
        }
        describe(entry, draft, Checks.start());
        changed(caller, "directory.organization.update", entry);
        return entry;
    }

    /** Only entries the network keeps are removed: a member's entry lives as long as the member. */
    @Transactional
    public void delete(Caller caller, UUID id) {
        Organization entry = organizations.keptBy(caller, id);
        if (entry.member()) {
            throw DomainException.conflict(Message.of("directory.entry.memberKept"));
        }
        em.remove(entry);
        audit.write(caller, "directory.organization.delete", "organization", entry.id().toString(), null, entry.name());
        outbox.changed(Organization.SEARCH_KIND, entry.id());
    }

    @Transactional
    public Service addService(Caller caller, UUID organizationId, ServiceDraft draft) {
        Organization entry = organizations.keptBy(caller, organizationId);
        int position = entry.nextServicePosition();
        Service service = entry.addService(null);
        describe(service, position, draft, Checks.start());
        entry.refreshSearchKey();
        changed(caller, "directory.service.add", entry);
        return service;
    }

    @Transactional
    public Service updateService(Caller caller, UUID serviceId, ServiceDraft draft) {
        Service service = organizations.visibleService(caller, serviceId);
        Organization entry = organizations.keptBy(caller, service.organization().id());
        describe(service, service.position(), draft, Checks.start());
        entry.refreshSearchKey();
        changed(caller, "directory.service.update", entry);
        return service;
    }

    @Transactional
    public void removeService(Caller caller, UUID serviceId) {
        Service service = organizations.visibleService(caller, serviceId);
        Organization entry = organizations.keptBy(caller, service.organization().id());
        entry.removeService(service);
        entry.refreshSearchKey();
        changed(caller, "directory.service.remove", entry);
    }

    /** "I checked it today": the service's information is confirmed by the caller (HSDS assured_date). */
    @Transactional
    public Service assure(Caller caller, UUID serviceId) {
        Service service = organizations.visibleService(caller, serviceId);
        Organization entry = organizations.keptBy(caller, service.organization().id());
        service.assure(LocalDate.now(ZoneOffset.UTC), caller.displayName());
        entry.refreshSearchKey();
        changed(caller, "directory.service.assure", entry);
        return service;
    }

    /**
     * A new member association gets its entry in the onboarding transaction (both exist, or neither). When
     * the network already kept an entry of that name or acronym, it becomes the association's own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organization enterMember(PartnerOnboarded partner) {
        Organization existing = organizations.ofTenant(partner.alias()).orElse(null);
        if (existing != null) {
            return existing;
        }
        Organization adopted = organizations.sameName(partner.name(), NO_ID)
                .or(() -> partner.acronym() == null ? java.util.Optional.empty() : organizations.sameAcronym(partner.acronym(), NO_ID))
                .orElse(null);
        if (adopted != null && !adopted.member()) {
            // the owner column is write-once in the model: the hand-over is one explicit statement
            em.flush();
            em.createNativeQuery("update directory_organization set owner_tenant = ?1, version = version + 1 where id = ?2")
                    .setParameter(1, partner.alias()).setParameter(2, adopted.id()).executeUpdate();
            em.refresh(adopted);
            changed(ONBOARDING, "directory.organization.adopt", adopted);
            return adopted;
        }
        String kind = partner.kind() == null ? PartnerKind.ASSOCIATION_DE_MIGRANTS.code() : partner.kind();
        List<LocationDraft> locations = new ArrayList<>();
        String country = partner.country() == null ? null : partner.country().toUpperCase(Locale.ROOT);
        if (partner.city() != null && !partner.city().isBlank()) {
            String region = "ML".equals(country) ? regionOf(partner.city()) : null;
            if (!"ML".equals(country) || region != null) {
                locations.add(new LocationDraft(null, partner.city(), null, partner.city(), country, region, null, null, List.of()));
            }
        }
        List<ContactDraft> contacts = partner.contactEmail() == null ? List.of()
                : List.of(new ContactDraft("Contact de l'association", null, null, partner.contactEmail()));
        return createFor(ONBOARDING, null, partner.alias(), new OrganizationDraft(partner.name(), partner.acronym(), kind,
                country, null, null, null, null, "PUBLIC", contacts, locations, null), Checks.start().about(Message.of("directory.entryOf", partner.name())));
    }

    /** The region whose name is, or contains, the city ("Bamako" → District de Bamako). */
    private String regionOf(String city) {
        String folded = Organization.fold(city.strip());
        return taxonomies.regions(false).stream()
                .filter(r -> Organization.fold(r.name()).equals(folded) || Organization.fold(r.name()).endsWith(" " + folded))
                .map(Region::code).findFirst().orElse(null);
    }

    /**
     * Describes an entry from a draft: the entry checks the draft ({@link Organization#check}), this adds what needs the
     * other entries (a name or an acronym already taken); the entry is untouched when anything is wrong.
     */
    void describe(Organization entry, OrganizationDraft draft, Checks checks) {
        Organization.Description d = Organization.check(draft, checks, code -> em.find(Region.class, code));
        if (d.name() != null) {
            organizations.sameName(d.name(), entry.id()).ifPresent(other -> checks.error("name", "directory.name.taken", other.name()));
        }
        if (d.acronym() != null) {
            organizations.sameAcronym(d.acronym(), entry.id()).ifPresent(other ->
                    checks.error("acronym", "directory.acronym.taken", d.acronym(), other.name()));
        }
        checks.throwIfAny();
        entry.describe(d);
    }

    /** Describes a service from a draft, checked by the service itself ({@link Service#check}). */
    void describe(Service service, int position, ServiceDraft draft, Checks checks) {
        Service.Description d = service.check(draft, checks, taxonomies);
        checks.throwIfAny();
        service.describe(position, d);
    }

    void changed(Caller caller, String action, Organization entry) {
        audit.write(caller, action, "organization", entry.id().toString(), entry.ownerTenant(), entry.name());
        outbox.changed(Organization.SEARCH_KIND, entry.id());
    }
}
