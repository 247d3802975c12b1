package org.kafo.domain.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.directory.Drafts.ContactDraft;
import org.kafo.domain.directory.Drafts.HoursDraft;
import org.kafo.domain.directory.Drafts.LocationDraft;
import org.kafo.domain.directory.Drafts.OrganizationDraft;
import org.kafo.domain.directory.Drafts.ServiceDraft;
import org.kafo.domain.reference.Region;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.domain.tenant.PartnerKind;
import org.kafo.domain.tenant.PartnerOnboarded;

/**
 * Keeps the directory: creates, describes and removes entries and their services, each change checked
 * whole before anything is written, audited, and sent to search through the outbox, in one transaction.
 */
@ApplicationScoped
public class Directory {

    public static final int CAPACITY_MAX = 100_000;

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
            throw DomainException.forbidden("Les fiches des acteurs non membres sont créées par la coordination du réseau.");
        }
        Organization entry = new Organization(null, null);
        describe(entry, draft, Fields.of(null));
        em.persist(entry);
        changed(caller, "directory.organization.create", entry);
        return entry;
    }

    /**
     * A new entry with the given owner and id, as an HSDS import or onboarding makes it; the caller has
     * already been allowed to.
     */
    Organization createFor(Caller caller, UUID id, String memberTenant, OrganizationDraft draft, Fields fields) {
        Organization entry = new Organization(id, memberTenant);
        describe(entry, draft, fields);
        em.persist(entry);
        changed(caller, "directory.organization.create", entry);
        return entry;
    }

    @Transactional
    public Organization update(Caller caller, UUID id, OrganizationDraft draft) {
        Organization entry = organizations.keptBy(caller, id);
        if (draft.version() != null && draft.version() != entry.version()) {
            throw DomainException.conflict("Quelqu'un d'autre a modifié cette fiche entre-temps. Rechargez-la avant de recommencer.");
        }
        describe(entry, draft, Fields.of(null));
        changed(caller, "directory.organization.update", entry);
        return entry;
    }

    /** Only entries the network keeps are removed: a member's entry lives as long as the member. */
    @Transactional
    public void delete(Caller caller, UUID id) {
        Organization entry = organizations.keptBy(caller, id);
        if (entry.member()) {
            throw DomainException.conflict("La fiche d'une association membre ne se supprime pas ; elle peut être réservée au réseau.");
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
        describe(service, position, draft, Fields.of(null));
        entry.refreshSearchKey();
        changed(caller, "directory.service.add", entry);
        return service;
    }

    @Transactional
    public Service updateService(Caller caller, UUID serviceId, ServiceDraft draft) {
        Service service = organizations.visibleService(caller, serviceId);
        Organization entry = organizations.keptBy(caller, service.organization().id());
        describe(service, service.position(), draft, Fields.of(null));
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
                country, null, null, null, null, "PUBLIC", contacts, locations, null), Fields.of("Fiche de « " + partner.name() + " »"));
    }

    /** The region whose name is, or contains, the city ("Bamako" → District de Bamako). */
    private String regionOf(String city) {
        String folded = Organization.fold(city.strip());
        return taxonomies.regions(false).stream()
                .filter(r -> Organization.fold(r.name()).equals(folded) || Organization.fold(r.name()).endsWith(" " + folded))
                .map(Region::code).findFirst().orElse(null);
    }

    /** Describes an entry from a draft: every field checked first, the entry untouched when one is wrong. */
    void describe(Organization entry, OrganizationDraft draft, Fields fields) {
        String name = fields.required("name", "nom", draft.name(), Fields.NAME_MAX);
        String acronym = fields.optional("acronym", "sigle", draft.acronym(), 40);
        PartnerKind kind = null;
        if (draft.kind() == null || draft.kind().isBlank()) {
            fields.error("kind", "« type d'organisation » est obligatoire.");
        } else {
            kind = PartnerKind.fromCode(draft.kind().strip()).orElse(null);
            if (kind == null) {
                fields.error("kind", "Type d'organisation inconnu : « " + draft.kind() + " ».");
            }
        }
        String country = fields.country("country", draft.country());
        String description = fields.optional("description", "description", draft.description(), Fields.TEXT_MAX);
        String website = fields.url("website", draft.website());
        String email = fields.email("email", draft.email());
        String phone = fields.phone("phone", draft.phone());
        Visibility visibility = visibility(draft.visibility(), fields);
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < draft.contacts().size(); i++) {
            ContactDraft c = draft.contacts().get(i);
            Fields f = fields.nested("Contact n° " + (i + 1), "contacts[" + i + "]");
            contacts.add(new Contact(f.required("name", "nom", c.name(), Fields.NAME_MAX), f.optional("title", "fonction", c.title(), Fields.NAME_MAX),
                    f.phone("phone", c.phone()), f.email("email", c.email())));
        }
        List<CheckedLocation> locations = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < draft.locations().size(); i++) {
            LocationDraft l = draft.locations().get(i);
            Fields f = fields.nested("Lieu n° " + (i + 1), "locations[" + i + "]");
            if (l.id() != null && !ids.add(l.id())) {
                f.error("id", "Ce lieu est donné deux fois.");
            }
            locations.add(checkLocation(l, f));
        }
        if (name != null) {
            organizations.sameName(name, entry.id()).ifPresent(other ->
                    fields.error("name", "Une autre fiche porte déjà le nom « " + other.name() + " »."));
        }
        if (acronym != null) {
            organizations.sameAcronym(acronym, entry.id()).ifPresent(other ->
                    fields.error("acronym", "Le sigle « " + acronym + " » est déjà celui de « " + other.name() + " »."));
        }
        fields.throwIfAny();

        entry.describe(name, acronym, kind, country, description, website, email, phone);
        entry.show(visibility);
        entry.replaceContacts(contacts);
        Set<Location> kept = new LinkedHashSet<>();
        for (int i = 0; i < locations.size(); i++) {
            CheckedLocation c = locations.get(i);
            Location location = entry.location(c.id());
            location.describe(i, c.name(), c.address(), c.city(), c.country(), c.region(), c.latitude(), c.longitude(), c.hours());
            kept.add(location);
        }
        entry.keepOnly(kept);
        entry.refreshSearchKey();
    }

    /** Describes a service from a draft, every field checked first. */
    void describe(Service service, int position, ServiceDraft draft, Fields fields) {
        Organization entry = service.organization();
        String name = fields.required("name", "nom", draft.name(), Fields.NAME_MAX);
        String description = fields.optional("description", "description", draft.description(), Fields.TEXT_MAX);
        Term category = null;
        if (draft.category() == null || draft.category().isBlank()) {
            fields.error("category", "« catégorie » est obligatoire.");
        } else {
            category = taxonomies.require(Taxonomy.CATEGORY, draft.category(), "category", fields);
        }
        Set<Term> groups = new HashSet<>();
        for (int i = 0; i < draft.targetGroups().size(); i++) {
            Term group = taxonomies.require(Taxonomy.TARGET_GROUP, draft.targetGroups().get(i), "targetGroups[" + i + "]", fields);
            if (group != null) {
                groups.add(group);
            }
        }
        List<String> languages = new ArrayList<>();
        for (int i = 0; i < draft.languages().size(); i++) {
            String code = fields.language("languages[" + i + "]", draft.languages().get(i));
            if (code != null && !languages.contains(code)) {
                languages.add(code);
            }
        }
        String conditions = fields.optional("conditions", "conditions", draft.conditions(), Fields.TEXT_MAX);
        ServiceStatus status = ServiceStatus.ACTIVE;
        if (draft.status() != null && !draft.status().isBlank()) {
            try {
                status = ServiceStatus.valueOf(draft.status().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fields.error("status", "État inconnu : « " + draft.status() + " » (ACTIVE ou INACTIVE).");
            }
        }
        if (draft.capacity() != null && (draft.capacity() < 0 || draft.capacity() > CAPACITY_MAX)) {
            fields.error("capacity", "Les places disponibles sont un nombre entre 0 et " + CAPACITY_MAX + ".");
        }
        Map<UUID, Location> byId = new HashMap<>();
        entry.locations().forEach(l -> byId.put(l.id(), l));
        Set<Location> locations = new HashSet<>();
        for (int i = 0; i < draft.locations().size(); i++) {
            Location location = byId.get(draft.locations().get(i));
            if (location == null) {
                fields.error("locations[" + i + "]", "Ce lieu n'est pas un lieu de « " + entry.shortName() + " ».");
            } else {
                locations.add(location);
            }
        }
        List<OpeningHours> hours = checkHours(draft.hours(), fields, "hours");
        if (name != null && entry.services().stream().anyMatch(s -> s != service && s.name().equalsIgnoreCase(name))) {
            fields.error("name", "« " + entry.shortName() + " » a déjà un service nommé « " + name + " ».");
        }
        fields.throwIfAny();
        service.describe(position, name, description, category, groups, languages, conditions, status, draft.capacity(), locations, hours);
    }

    private record CheckedLocation(UUID id, String name, String address, String city, String country, Region region,
                                   Double latitude, Double longitude, List<OpeningHours> hours) {
    }

    private CheckedLocation checkLocation(LocationDraft draft, Fields f) {
        String city = f.required("city", "ville", draft.city(), Fields.NAME_MAX);
        String name = f.optional("name", "nom du lieu", draft.name(), Fields.NAME_MAX);
        String address = f.optional("address", "adresse", draft.address(), Fields.NAME_MAX);
        String country = draft.country() == null || draft.country().isBlank() ? "ML" : f.country("country", draft.country());
        Region region = null;
        if (draft.region() != null && !draft.region().isBlank()) {
            region = em.find(Region.class, draft.region().strip());
            if (region == null || !region.active()) {
                f.error("region", "Région inconnue : « " + draft.region() + " ».");
                region = null;
            } else if (!region.country().equals(country)) {
                f.error("region", "La région « " + region.name() + " » n'est pas dans ce pays.");
            }
        } else if ("ML".equals(country)) {
            f.error("region", "« région » est obligatoire pour un lieu au Mali.");
        }
        f.coordinates("latitude", draft.latitude(), "longitude", draft.longitude());
        List<OpeningHours> hours = checkHours(draft.hours(), f, "hours");
        return new CheckedLocation(draft.id(), name == null ? city : name, address, city, country, region,
                draft.latitude(), draft.longitude(), hours);
    }

    private static List<OpeningHours> checkHours(List<HoursDraft> drafts, Fields fields, String field) {
        List<OpeningHours> hours = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            HoursDraft h = drafts.get(i);
            String at = field + "[" + i + "]";
            List<String> days = new ArrayList<>();
            for (String day : h.days()) {
                String code = day == null ? "" : day.strip().toUpperCase(Locale.ROOT);
                if (!OpeningHours.DAYS.contains(code)) {
                    fields.error(at + ".days", "Jour inconnu : « " + day + " » (MO, TU, WE, TH, FR, SA, SU).");
                } else if (!days.contains(code)) {
                    days.add(code);
                }
            }
            if (h.days().isEmpty()) {
                fields.error(at + ".days", "Choisissez au moins un jour d'ouverture.");
            }
            days.sort(java.util.Comparator.comparingInt(OpeningHours.DAYS::indexOf));
            LocalTime opens = time(h.opensAt(), fields, at + ".opensAt");
            LocalTime closes = time(h.closesAt(), fields, at + ".closesAt");
            if (opens != null && closes != null && !closes.isAfter(opens)) {
                fields.error(at + ".closesAt", "L'heure de fermeture vient après l'heure d'ouverture.");
            }
            if (closes != null && opens == null) {
                fields.error(at + ".opensAt", "Donnez l'heure d'ouverture avec l'heure de fermeture.");
            }
            hours.add(new OpeningHours(days, opens, closes, fields.optional(at + ".note", "remarque", h.note(), Fields.NAME_MAX)));
        }
        return hours;
    }

    private static LocalTime time(String value, Fields fields, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
        } catch (DateTimeParseException e) {
            fields.error(field, "Heure invalide : « " + value + " » (HH:MM, par exemple 08:30).");
            return null;
        }
    }

    private static Visibility visibility(String value, Fields fields) {
        if (value == null || value.isBlank()) {
            return Visibility.PUBLIC;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "PUBLIC" -> Visibility.PUBLIC;
            case "NETWORK" -> Visibility.NETWORK;
            default -> {
                fields.error("visibility", "Une fiche de l'annuaire est publique (PUBLIC) ou réservée au réseau (NETWORK).");
                yield Visibility.PUBLIC;
            }
        };
    }

    void changed(Caller caller, String action, Organization entry) {
        audit.write(caller, action, "organization", entry.id().toString(), entry.ownerTenant(), entry.name());
        outbox.changed(Organization.SEARCH_KIND, entry.id());
    }
}
