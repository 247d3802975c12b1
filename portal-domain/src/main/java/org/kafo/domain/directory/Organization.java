package org.kafo.domain.directory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.kafo.domain.directory.Drafts.LocationDraft;
import org.kafo.domain.directory.Drafts.OrganizationDraft;
import org.kafo.domain.reference.Region;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.SharedRecord;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.domain.tenant.PartnerKind;

/**
 * An entry of the directory: an organisation (HSDS organization) with its contact persons, locations and
 * services. A member association's entry is owned by its tenant ({@link #memberTenant()}); other actors'
 * entries have no owner and are kept by the network.
 */
@Entity
@Table(name = "directory_organization")
public class Organization extends SharedRecord {

    /** The kind of its search documents and outbox rows. */
    public static final String SEARCH_KIND = "actor";
    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    /** A directory entry is public, or shown to the network's signed-in users only. */
    private static final Set<Visibility> SHOWN = Set.of(Visibility.PUBLIC, Visibility.NETWORK);

    @Column(nullable = false)
    private String name;

    private String acronym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerKind kind;

    @Column(nullable = false, length = 2)
    private String country;

    private String description;
    private String website;
    /** The organisation's public address (HSDS organization.email), shown to everyone who sees the entry. */
    private String email;
    /** The organisation's public switchboard, shown to everyone who sees the entry. */
    private String phone;

    /** Folded words of the entry and of its services: what the free-text filter looks in. */
    @Column(name = "search_key", nullable = false)
    private String searchKey = "";

    @ElementCollection
    @CollectionTable(name = "directory_contact", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Location> locations = new ArrayList<>();

    @OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Service> services = new ArrayList<>();

    protected Organization() {
    }

    /** A new entry: of a member association when {@code memberTenant} is set, else kept by the network. */
    Organization(UUID id, String memberTenant) {
        super(id == null ? UUID.randomUUID() : id, memberTenant);
        share(Visibility.PUBLIC, Set.of());
    }

    /** What a draft says of an entry, checked: applied by {@link #describe(Description)}. */
    record Description(String name, String acronym, PartnerKind kind, String country, String description, String website,
                       String email, String phone, Visibility visibility, List<Contact> contacts,
                       List<Location.Description> locations) {
    }

    /**
     * Checks an entry as a draft gives it, every field at once: its own fields, its contacts ("Contact n° 2 : …") and
     * locations ("Lieu n° 1 : …"); {@code regions} finds a region by code. What needs the other entries (a name or an
     * acronym already taken) is the service's to check.
     */
    static Description check(OrganizationDraft draft, Checks checks, Function<String, Region> regions) {
        String name = checks.line("name", "directory.field.name", draft.name()).max(NAME_MAX).required();
        String acronym = checks.line("acronym", "directory.field.acronym", draft.acronym()).max(40).optional();
        PartnerKind kind = checks.choice("kind", "directory.field.kind", draft.kind(), PartnerKind::fromCode).required();
        String country = checks.country("country", "directory.field.country", draft.country()).required();
        String description = checks.text("description", "directory.field.description", draft.description()).max(TEXT_MAX).optional();
        String website = checks.url("website", "directory.field.website", draft.website(), 500).optional();
        String email = checks.email("email", "directory.field.email", draft.email()).optional();
        String phone = checks.phone("phone", "directory.field.phone", draft.phone()).optional();
        String shown = draft.visibility() == null || draft.visibility().isBlank() ? "PUBLIC" : draft.visibility().strip().toUpperCase(Locale.ROOT);
        Visibility visibility = SHOWN.stream().filter(v -> v.name().equals(shown)).findFirst().orElse(Visibility.PUBLIC);
        checks.check(visibility.name().equals(shown), "visibility", "directory.visibility.invalid");
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < draft.contacts().size(); i++) {
            contacts.add(Contact.of(draft.contacts().get(i), checks.nested("contacts[" + i + "]",
                    Message.of("directory.contact.nth", i + 1))));
        }
        List<Location.Description> locations = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < draft.locations().size(); i++) {
            LocationDraft l = draft.locations().get(i);
            Checks location = checks.nested("locations[" + i + "]", Message.of("directory.location.nth", i + 1));
            location.check(l.id() == null || ids.add(l.id()), "id", "directory.location.twice");
            locations.add(Location.check(l, location, regions));
        }
        return new Description(name, acronym, kind, country, description, website, email, phone, visibility, contacts, locations);
    }

    /** Describes the entry as checked: its fields, who sees it, its contacts, and its locations (kept by id, new, or gone). */
    void describe(Description d) {
        this.name = d.name();
        this.acronym = d.acronym();
        this.kind = d.kind();
        this.country = d.country();
        this.description = d.description();
        this.website = d.website();
        this.email = d.email();
        this.phone = d.phone();
        share(d.visibility(), Set.of());
        contacts.clear();
        contacts.addAll(d.contacts());
        List<Location> kept = new ArrayList<>();
        for (int i = 0; i < d.locations().size(); i++) {
            Location.Description l = d.locations().get(i);
            Location location = findLocation(l.id()).orElseGet(() -> {
                Location created = new Location(l.id() == null ? UUID.randomUUID() : l.id(), this);
                locations.add(created);
                return created;
            });
            location.describe(i, l);
            kept.add(location);
        }
        for (Location gone : locations.stream().filter(l -> !kept.contains(l)).toList()) {
            services.forEach(s -> s.forget(gone));
            locations.remove(gone);
        }
        locations.sort(Comparator.comparingInt(kept::indexOf));
        touch();
        refreshSearchKey();
    }

    Service addService(UUID id) {
        Service service = new Service(id == null ? UUID.randomUUID() : id, this);
        services.add(service);
        touch();
        return service;
    }

    void removeService(Service service) {
        services.remove(service);
        for (int i = 0; i < services.size(); i++) {
            services.get(i).position(i);
        }
        touch();
    }

    int nextServicePosition() {
        return services.stream().mapToInt(Service::position).max().orElse(-1) + 1;
    }

    /**
     * Recomputes what the free-text filter looks in, the entry's and each of its services' (the actors' list looks in the
     * entry with its services, the referral question in each service alone); called after every change of the entry or
     * its services.
     */
    void refreshSearchKey() {
        Stream<String> own = Stream.of(name, acronym, description, kind.label());
        Stream<String> places = locations.stream().flatMap(l -> Stream.of(l.name(), l.city(), l.region() == null ? null : l.region().name()));
        Stream<String> given = services.stream().flatMap(s -> Stream.concat(
                Stream.of(s.name(), s.description(), s.category().name(), s.conditions()),
                s.targetGroups().stream().map(Term::name)));
        this.searchKey = searchKeyOf(Stream.of(own, places, given).flatMap(s -> s));
        services.forEach(Service::refreshSearchKey);
    }

    /** The folded words of these texts, each once, between spaces: {@code " soutien psychosocial femmes "}. */
    static String searchKeyOf(Stream<String> texts) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        texts.filter(t -> t != null && !t.isBlank()).forEach(t -> words.addAll(List.of(fold(t).split("[^a-z0-9]+"))));
        words.remove("");
        return " " + String.join(" ", words) + " ";
    }

    /** Lower case, without accents: what people type on a phone finds what was written with them. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private Optional<Location> findLocation(UUID id) {
        return id == null ? Optional.empty() : locations.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Service> service(UUID id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public String name() {
        return name;
    }

    public String acronym() {
        return acronym;
    }

    /** The acronym when there is one, else the name. */
    public String shortName() {
        return acronym == null ? name : acronym;
    }

    public PartnerKind kind() {
        return kind;
    }

    public String country() {
        return country;
    }

    public String description() {
        return description;
    }

    public String website() {
        return website;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    /** The member association this entry describes, or {@code null} for an actor that is not a tenant. */
    public String memberTenant() {
        return ownerTenant();
    }

    public boolean member() {
        return ownerTenant() != null;
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public List<Location> locations() {
        return List.copyOf(locations);
    }

    public List<Service> services() {
        return List.copyOf(services);
    }

    public String searchKey() {
        return searchKey;
    }
}
