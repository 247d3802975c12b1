package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A place where returnees arrive (an airport, a bus or railway station, a border post), from the list
 * the network admins keep. Its code is stable; the rest can be corrected; a point no longer used is
 * retired rather than deleted, so that old alerts keep their place.
 */
@Entity
@Table(name = "arrival_point")
public class ArrivalPoint {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArrivalPointKind kind;

    @Column(nullable = false)
    private String city;

    /** Code of the shared {@code region}. */
    @Column(nullable = false)
    private String region;

    @Column(nullable = false)
    private boolean active = true;

    /** Where it is (WGS 84), for the observatory's map; none for a point added without them. */
    private Double latitude;
    private Double longitude;

    @Version
    private long version;

    protected ArrivalPoint() {
    }

    ArrivalPoint(String code, String name, ArrivalPointKind kind, String city, String region) {
        this.code = code;
        describe(name, kind, city, region);
    }

    void describe(String newName, ArrivalPointKind newKind, String newCity, String newRegion) {
        this.name = newName;
        this.kind = newKind;
        this.city = newCity;
        this.region = newRegion;
    }

    void activate(boolean value) {
        this.active = value;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ArrivalPointKind kind() {
        return kind;
    }

    public String city() {
        return city;
    }

    public String region() {
        return region;
    }

    public boolean active() {
        return active;
    }

    /** {@code [latitude, longitude]} in decimal degrees, when the network recorded them. */
    public java.util.Optional<double[]> coordinates() {
        return latitude == null || longitude == null ? java.util.Optional.empty() : java.util.Optional.of(new double[] {latitude, longitude});
    }

    public long version() {
        return version;
    }
}
