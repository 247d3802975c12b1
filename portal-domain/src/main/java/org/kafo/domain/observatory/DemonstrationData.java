package org.kafo.domain.observatory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A note that this database holds a demonstration data set (invented alerts and reports over several years, loaded
 * with {@code KAFO_DEMO}): figures computed here then say on every page and in every file that they are demonstration
 * data, never the network's.
 */
@Entity
@Table(name = "demonstration_data")
public class DemonstrationData {

    @Id
    private String name;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected DemonstrationData() {
    }

    public DemonstrationData(String name, Instant loadedAt) {
        this.name = name;
        this.loadedAt = loadedAt;
    }

    public String name() {
        return name;
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
