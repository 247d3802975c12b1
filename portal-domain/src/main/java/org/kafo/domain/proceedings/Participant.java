package org.kafo.domain.proceedings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.kafo.domain.directory.Organization;

/** Someone who took part in an event: a name, an organisation (of the directory, or named freely), a role. */
@Entity
@Table(name = "event_participant")
public class Participant {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    @Column(nullable = false)
    private String name;

    @ManyToOne
    @JoinTable(name = "event_participant_organization", joinColumns = @JoinColumn(name = "participant_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    private Organization organization;

    @Column(name = "organisation_name")
    private String organisationName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantRole role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Participant() {
    }

    Participant(Event event, ParticipantInput input, Organization organization) {
        this.event = event;
        this.name = input.name();
        this.organization = organization;
        this.organisationName = organization == null ? input.organisationName() : null;
        this.role = input.role();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The directory's entry, when the organisation is one. */
    public Organization organization() {
        return organization;
    }

    /** The organisation's name, from the directory or as typed; {@code null} when none was given. */
    public String organisationLabel() {
        return organization != null ? organization.shortName() : organisationName;
    }

    public ParticipantRole role() {
        return role;
    }
}
