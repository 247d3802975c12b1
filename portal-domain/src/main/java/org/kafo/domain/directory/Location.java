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
import org.kafo.domain.reference.Region;

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

    void describe(int newPosition, String newName, String newAddress, String newCity, String newCountry, Region newRegion,
                  Double newLatitude, Double newLongitude, List<OpeningHours> newHours) {
        this.position = newPosition;
        this.name = newName;
        this.address = newAddress;
        this.city = newCity;
        this.country = newCountry;
        this.region = newRegion;
        this.latitude = newLatitude;
        this.longitude = newLongitude;
        this.hours.clear();
        this.hours.addAll(newHours);
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
