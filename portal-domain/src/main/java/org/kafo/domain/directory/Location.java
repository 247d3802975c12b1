package org.kafo.domain.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.kafo.domain.directory.Drafts.LocationDraft;
import org.kafo.domain.reference.Region;
import org.kafo.domain.shared.Checks;

/** Where an organisation works (HSDS location with its address): a city in a region, maybe coordinates. */
@Entity
@Table(name = "directory_location")
public class Location {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id", updatable = false)
    private Organization organization;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    private String address;

    @Column(nullable = false)
    private String city;

    @Column(nullable = false, length = 2)
    private String country;

    /** Required in Mali; {@code null} abroad. */
    @ManyToOne
    @JoinColumn(name = "region_code")
    private Region region;

    private Double latitude;
    private Double longitude;

    @ElementCollection
    @CollectionTable(name = "directory_location_hours", joinColumns = @JoinColumn(name = "location_id"))
    @OrderColumn(name = "position")
    private List<OpeningHours> hours = new ArrayList<>();

    protected Location() {
    }

    Location(UUID id, Organization organization) {
        this.id = id;
        this.organization = organization;
    }

    /** What a draft says of a location, checked: applied by {@link #describe(int, Description)}. */
    record Description(UUID id, String name, String address, String city, String country, Region region, Double latitude,
                       Double longitude, List<OpeningHours> hours) {
    }

    /**
     * Checks a location as a draft gives it: a city, a country (Mali when not said), a region of that country (required in
     * Mali; {@code regions} finds one by code), coordinates in the world, opening hours.
     */
    static Description check(LocationDraft draft, Checks checks, Function<String, Region> regions) {
        String city = checks.line("city", "directory.field.city", draft.city()).max(Organization.NAME_MAX).required();
        String name = checks.line("name", "directory.field.locationName", draft.name()).max(Organization.NAME_MAX).optional();
        String address = checks.line("address", "directory.field.address", draft.address()).max(Organization.NAME_MAX).optional();
        String country = checks.country("country", "directory.field.country", draft.country()).orElse("ML");
        Region region = null;
        if (draft.region() != null && !draft.region().isBlank()) {
            Region found = regions.apply(draft.region().strip());
            if (checks.check(found != null && found.active(), "region", "directory.region.unknown", draft.region())) {
                region = found;
                checks.check(found.country().equals(country), "region", "directory.region.otherCountry", found.name());
            }
        } else {
            checks.check(!"ML".equals(country), "region", "directory.region.missingInMali");
        }
        coordinates(draft.latitude(), draft.longitude(), checks);
        List<OpeningHours> hours = OpeningHours.of(draft.hours(), "hours", checks);
        return new Description(draft.id(), name == null ? city : name, address, city, country, region, draft.latitude(),
                draft.longitude(), hours);
    }

    /** Latitude and longitude: both or neither, inside the world. */
    private static void coordinates(Double latitude, Double longitude, Checks checks) {
        if (!checks.check((latitude == null) == (longitude == null), latitude == null ? "latitude" : "longitude",
                "directory.coordinates.both")) {
            return;
        }
        checks.check(latitude == null || !latitude.isNaN() && latitude >= -90 && latitude <= 90, "latitude",
                "directory.coordinates.latitude", latitude);
        checks.check(longitude == null || !longitude.isNaN() && longitude >= -180 && longitude <= 180, "longitude",
                "directory.coordinates.longitude", longitude);
    }

    void describe(int newPosition, Description d) {
        this.position = newPosition;
        this.name = d.name();
        this.address = d.address();
        this.city = d.city();
        this.country = d.country();
        this.region = d.region();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.hours.clear();
        this.hours.addAll(d.hours());
    }

    public UUID id() {
        return id;
    }

    public Organization organization() {
        return organization;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }

    /** {@code null} abroad. */
    public Region region() {
        return region;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public List<OpeningHours> hours() {
        return List.copyOf(hours);
    }

    /** "Local de Korofina, Bamako (District de Bamako)"; abroad "…, Paris (France)". */
    public String label() {
        String area = region == null ? org.kafo.domain.reference.Countries.frenchName(country) : region.name();
        return (name.equals(city) ? city : name + ", " + city) + (area.equals(city) ? "" : " (" + area + ")");
    }
}
