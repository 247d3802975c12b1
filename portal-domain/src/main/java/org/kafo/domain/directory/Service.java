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

/**
 * What an organisation does for returnees (HSDS service): its category, for whom, in which languages, on
 * which conditions, where (HSDS service at location) and when; whether it is given now, when and by whom
 * it was last checked (HSDS {@code assured_date}), and for shelters the places available.
 */
@Entity
@Table(name = "directory_service")
public class Service {

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

    void describe(int newPosition, String newName, String newDescription, Term newCategory, Set<Term> newTargetGroups,
                  List<String> newLanguages, String newConditions, ServiceStatus newStatus, Integer newCapacity,
                  Set<Location> newLocations, List<OpeningHours> newHours) {
        this.position = newPosition;
        this.name = newName;
        this.description = newDescription;
        this.category = newCategory;
        this.targetGroups.clear();
        this.targetGroups.addAll(newTargetGroups);
        this.languages = List.copyOf(newLanguages);
        this.conditions = newConditions;
        this.status = newStatus;
        this.capacity = newCapacity;
        this.locations.clear();
        this.locations.addAll(newLocations);
        this.hours.clear();
        this.hours.addAll(newHours);
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
}
