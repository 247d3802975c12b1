package org.kafo.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An administrative region (or the district of Bamako), where actors work and returnees arrive. The
 * network admins keep the list; its code is stable, its name can be corrected.
 */
@Entity
@Table(name = "region")
public class Region {

    /** Stable code, e.g. {@code bamako}, {@code gao}. */
    @Id
    private String code;

    @Column(nullable = false, unique = true)
    private String name;

    /** ISO 3166-1 alpha-2 of the country the region belongs to ({@code ML} for Mali). */
    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Region() {
    }

    public Region(String code, String name, String country) {
        this.code = code;
        this.name = name;
        this.country = country;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void retire() {
        this.active = false;
    }

    /** Offers a retired region again (a retirement made by mistake). */
    public void reactivate() {
        this.active = true;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public boolean active() {
        return active;
    }
}
