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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.kafo.domain.shared.DomainException;
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

    void describe(String newName, String newAcronym, PartnerKind newKind, String newCountry, String newDescription,
                  String newWebsite, String newEmail, String newPhone) {
        this.name = newName;
        this.acronym = newAcronym;
        this.kind = newKind;
        this.country = newCountry;
        this.description = newDescription;
        this.website = newWebsite;
        this.email = newEmail;
        this.phone = newPhone;
        touch();
    }

    /** A directory entry is public, or shown to the network's signed-in users only. */
    void show(Visibility visibility) {
        if (visibility != Visibility.PUBLIC && visibility != Visibility.NETWORK) {
            throw DomainException.invalid("visibility", "Une fiche de l'annuaire est publique ou réservée au réseau.");
        }
        share(visibility, Set.of());
    }

    void replaceContacts(List<Contact> newContacts) {
        contacts.clear();
        contacts.addAll(newContacts);
        touch();
    }

    /** The location of that id, kept, or a new one; {@link #keepOnly} then drops the others. */
    Location location(UUID id) {
        return findLocation(id).orElseGet(() -> {
            Location created = new Location(id == null ? UUID.randomUUID() : id, this);
            locations.add(created);
            return created;
        });
    }

    /** Removes the locations not named, and their links from the services. */
    void keepOnly(Set<Location> kept) {
        for (Location gone : locations.stream().filter(l -> !kept.contains(l)).toList()) {
            services.forEach(s -> s.forget(gone));
            locations.remove(gone);
        }
        locations.sort(java.util.Comparator.comparingInt(kept.stream().toList()::indexOf));
        touch();
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

    /** Recomputes what the free-text filter looks in; called after every change of the entry or its services. */
    void refreshSearchKey() {
        Stream<String> own = Stream.of(name, acronym, description, kind.label());
        Stream<String> places = locations.stream().flatMap(l -> Stream.of(l.name(), l.city(), l.region() == null ? null : l.region().name()));
        Stream<String> given = services.stream().flatMap(s -> Stream.concat(
                Stream.of(s.name(), s.description(), s.category().name(), s.conditions()),
                s.targetGroups().stream().map(Term::name)));
        LinkedHashSet<String> words = new LinkedHashSet<>();
        Stream.of(own, places, given).flatMap(s -> s).filter(t -> t != null && !t.isBlank())
                .forEach(t -> words.addAll(List.of(fold(t).split("[^a-z0-9]+"))));
        words.remove("");
        this.searchKey = " " + String.join(" ", words) + " ";
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
