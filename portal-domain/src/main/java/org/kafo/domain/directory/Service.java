package org.kafo.domain.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.kafo.domain.directory.Drafts.ServiceDraft;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.Message;

/**
 * What an organisation does for returnees (HSDS service): its category, for whom, in which languages, on
 * which conditions, where (HSDS service at location) and when; whether it is given now, when and by whom
 * it was last checked (HSDS {@code assured_date}), and for shelters the places available.
 */
@Entity
@Table(name = "directory_service")
public class Service {

    /** Places available at most: a shelter's count, not a typing mistake. */
    public static final int CAPACITY_MAX = 100_000;

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id", updatable = false)
    private Organization organization;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    private String description;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_code")
    private Term category;

    @ManyToMany
    @JoinTable(name = "directory_service_target", joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "term_code"))
    private Set<Term> targetGroups = new HashSet<>();

    @Convert(converter = CodeList.class)
    @Column(nullable = false)
    private List<String> languages = List.of();

    /** HSDS {@code eligibility_description}: who may use it, what to bring. */
    private String conditions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceStatus status = ServiceStatus.ACTIVE;

    @Column(name = "assured_date")
    private LocalDate assuredDate;

    /** Who checked it last (their name as the portal knows it). */
    @Column(name = "assured_by")
    private String assuredBy;

    /** Places available now, for shelters; {@code null} when it does not apply or is unknown. */
    private Integer capacity;

    @ManyToMany
    @JoinTable(name = "directory_service_location", joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    private Set<Location> locations = new HashSet<>();

    /**
     * Folded words of the service itself (name, description, category, target groups): what the free-text filter of the
     * referral question looks in, so that a word of the organisation's description does not bring all its services.
     */
    @Column(name = "search_key", nullable = false)
    private String searchKey = "";

    @ElementCollection
    @CollectionTable(name = "directory_service_hours", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    private List<OpeningHours> hours = new ArrayList<>();

    protected Service() {
    }

    Service(UUID id, Organization organization) {
        this.id = id;
        this.organization = organization;
    }

    /** What a draft says of a service, checked: applied by {@link #describe(int, Description)}. */
    record Description(String name, String description, Term category, Set<Term> targetGroups, List<String> languages,
                       String conditions, ServiceStatus status, Integer capacity, Set<Location> locations,
                       List<OpeningHours> hours) {
    }

    /**
     * Checks this service as a draft describes it, every field at once: a name its organisation gives no other service,
     * a category and target groups of the network's lists ({@code taxonomies}), languages, places available, and only
     * locations of its own organisation.
     */
    Description check(ServiceDraft draft, Checks checks, Taxonomies taxonomies) {
        String newName = checks.line("name", "directory.field.serviceName", draft.name()).max(Organization.NAME_MAX).required();
        String newDescription = checks.text("description", "directory.field.description", draft.description())
                .max(Organization.TEXT_MAX).optional();
        Term newCategory = null;
        if (checks.check(draft.category() != null && !draft.category().isBlank(), "category", "check.required",
                Message.of("directory.field.category"))) {
            newCategory = taxonomies.require(Taxonomy.CATEGORY, draft.category(), "category", checks);
        }
        Set<Term> groups = new HashSet<>();
        for (int i = 0; i < draft.targetGroups().size(); i++) {
            Term group = taxonomies.require(Taxonomy.TARGET_GROUP, draft.targetGroups().get(i), "targetGroups[" + i + "]", checks);
            if (group != null) {
                groups.add(group);
            }
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < draft.languages().size(); i++) {
            String code = checks.language("languages[" + i + "]", "directory.field.language", draft.languages().get(i))
                    .required("check.language.invalid", Message.of("directory.field.language"), "");
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        String newConditions = checks.text("conditions", "directory.field.conditions", draft.conditions()).max(Organization.TEXT_MAX).optional();
        ServiceStatus newStatus = checks.choice(ServiceStatus.class, "status", "directory.field.status", draft.status())
                .orElse(ServiceStatus.ACTIVE);
        checks.number("capacity", "directory.field.capacity", draft.capacity(), 0, CAPACITY_MAX).optional();
        Set<Location> at = new HashSet<>();
        for (int i = 0; i < draft.locations().size(); i++) {
            UUID locationId = draft.locations().get(i);
            Location location = organization.locations().stream().filter(l -> l.id().equals(locationId)).findFirst().orElse(null);
            if (checks.check(location != null, "locations[" + i + "]", "directory.service.otherLocation", organization.shortName())) {
                at.add(location);
            }
        }
        List<OpeningHours> newHours = OpeningHours.of(draft.hours(), "hours", checks);
        if (newName != null) {
            checks.check(organization.services().stream().noneMatch(s -> s != this && s.name().equalsIgnoreCase(newName)), "name",
                    "directory.service.nameTaken", organization.shortName(), newName);
        }
        return new Description(newName, newDescription, newCategory, groups, codes, newConditions, newStatus, draft.capacity(), at,
                newHours);
    }

    void describe(int newPosition, Description d) {
        this.position = newPosition;
        this.name = d.name();
        this.description = d.description();
        this.category = d.category();
        this.targetGroups.clear();
        this.targetGroups.addAll(d.targetGroups());
        this.languages = List.copyOf(d.languages());
        this.conditions = d.conditions();
        this.status = d.status();
        this.capacity = d.capacity();
        this.locations.clear();
        this.locations.addAll(d.locations());
        this.hours.clear();
        this.hours.addAll(d.hours());
    }

    /** Recomputes {@link #searchKey}; its organisation calls it after every change of the entry or its services. */
    void refreshSearchKey() {
        this.searchKey = Organization.searchKeyOf(Stream.concat(Stream.of(name, description, category == null ? null : category.name()),
                targetGroups.stream().map(Term::name)));
    }

    /** Someone checked that the information is right, on that day. */
    void assure(LocalDate on, String by) {
        this.assuredDate = on;
        this.assuredBy = by;
    }

    void forget(Location location) {
        locations.remove(location);
    }

    void position(int newPosition) {
        this.position = newPosition;
    }

    public UUID id() {
        return id;
    }

    public Organization organization() {
        return organization;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Term category() {
        return category;
    }

    /** By name. */
    public List<Term> targetGroups() {
        return targetGroups.stream().sorted(Comparator.comparing(Term::name)).toList();
    }

    public List<String> languages() {
        return languages;
    }

    public String conditions() {
        return conditions;
    }

    public ServiceStatus status() {
        return status;
    }

    public boolean active() {
        return status == ServiceStatus.ACTIVE;
    }

    public LocalDate assuredDate() {
        return assuredDate;
    }

    public String assuredBy() {
        return assuredBy;
    }

    public Integer capacity() {
        return capacity;
    }

    /** In the organisation's order of locations. */
    public List<Location> locations() {
        return organization.locations().stream().filter(locations::contains).toList();
    }

    public List<OpeningHours> hours() {
        return List.copyOf(hours);
    }

    public String searchKey() {
        return searchKey;
    }
}
