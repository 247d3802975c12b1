package org.kafo.domain.proceedings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.directory.Organization;

/** A recommendation of an event, on a theme, addressed to actors of the directory. */
@Entity
@Table(name = "event_recommendation")
public class Recommendation {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    private String theme;

    @Column(nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @ManyToMany
    @JoinTable(name = "event_recommendation_addressee", joinColumns = @JoinColumn(name = "recommendation_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    private List<Organization> addressees = new ArrayList<>();

    protected Recommendation() {
    }

    Recommendation(Event event, RecommendationInput input, List<Organization> addressees) {
        this.event = event;
        this.theme = input.theme();
        this.text = input.text();
        this.addressees = new ArrayList<>(addressees);
    }

    public UUID id() {
        return id;
    }

    public String theme() {
        return theme;
    }

    public String text() {
        return text;
    }

    public List<Organization> addressees() {
        return List.copyOf(addressees);
    }
}
