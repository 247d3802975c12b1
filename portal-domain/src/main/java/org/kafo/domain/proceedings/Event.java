package org.kafo.domain.proceedings;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.SharedRecord;

/**
 * A meeting of the network (séminaire, atelier, forum, journée de concertation), owned by its organiser tenant.
 * Its programme (sessions), communications, participants, recommendations and commitments live with it; every
 * change to them touches the event, so its version guards the whole programme against lost updates.
 */
@Entity
@Table(name = "event")
public class Event extends SharedRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    @Column(nullable = false)
    private String title;

    private String theme;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    private String venue;

    private String city;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<EventSession> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt")
    private List<Communication> communications = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt")
    private List<Participant> participants = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt")
    private List<Recommendation> recommendations = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn")
    private List<Commitment> commitments = new ArrayList<>();

    protected Event() {
    }

    Event(String ownerTenant, EventDetails details) {
        super(ownerTenant);
        describe(details);
    }

    /** New details; refused when a session or a commitment would fall outside the new dates. */
    void describe(EventDetails details) {
        for (EventSession session : sessions) {
            if (!within(session.startsAt().toLocalDate(), details) || !within(session.endsAt().toLocalDate(), details)) {
                throw DomainException.invalid("startsOn", Message.of("proceedings.session.outsideNewDates", session.subTheme()));
            }
        }
        for (Commitment commitment : commitments) {
            if (commitment.dueOn().isBefore(details.startsOn())) {
                throw DomainException.invalid("startsOn", Message.of("proceedings.commitment.dueBeforeNewDates", commitment.what()));
            }
        }
        this.kind = details.kind();
        this.title = details.title();
        this.theme = details.theme();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.venue = details.venue();
        this.city = details.city();
        touch();
    }

    private static boolean within(LocalDate day, EventDetails details) {
        return !day.isBefore(details.startsOn()) && !day.isAfter(details.endsOn());
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    EventSession addSession(SessionInput input) {
        checkSlot(input);
        EventSession session = new EventSession(this, input);
        sessions.add(session);
        touch();
        return session;
    }

    void changeSession(EventSession session, SessionInput input) {
        checkSlot(input);
        session.change(input);
        touch();
    }

    private void checkSlot(SessionInput input) {
        if (!covers(input.startsAt().toLocalDate())) {
            throw DomainException.invalid("day", Message.of("proceedings.session.outsideEvent", startsOn, endsOn, input.startsAt().toLocalDate()));
        }
    }

    void removeSession(EventSession session) {
        sessions.remove(session);
        touch();
    }

    Communication addCommunication(CommunicationInput input) {
        Communication communication = new Communication(this, input);
        communications.add(communication);
        touch();
        return communication;
    }

    /** Something inside a child changed: the event's version moves, so a concurrent edit is noticed. */
    void changed() {
        touch();
    }

    void removeCommunication(Communication communication) {
        communications.remove(communication);
        touch();
    }

    Participant addParticipant(ParticipantInput input, org.kafo.domain.directory.Organization organization) {
        Participant participant = new Participant(this, input, organization);
        participants.add(participant);
        touch();
        return participant;
    }

    void removeParticipant(Participant participant) {
        participants.remove(participant);
        touch();
    }

    Recommendation addRecommendation(RecommendationInput input, List<org.kafo.domain.directory.Organization> addressees) {
        Recommendation recommendation = new Recommendation(this, input, addressees);
        recommendations.add(recommendation);
        touch();
        return recommendation;
    }

    void removeRecommendation(Recommendation recommendation) {
        recommendations.remove(recommendation);
        touch();
    }

    Commitment addCommitment(CommitmentInput input, org.kafo.domain.directory.Organization owner) {
        checkDue(input.dueOn());
        Commitment commitment = new Commitment(this, input, owner);
        commitments.add(commitment);
        touch();
        return commitment;
    }

    void checkDue(LocalDate dueOn) {
        if (dueOn.isBefore(startsOn)) {
            throw DomainException.invalid("dueOn", Message.of("proceedings.commitment.dueBeforeEvent", dueOn, startsOn));
        }
    }

    void removeCommitment(Commitment commitment) {
        commitments.remove(commitment);
        touch();
    }

    public Optional<EventSession> session(UUID id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Communication> communication(UUID id) {
        return communications.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Participant> participant(UUID id) {
        return participants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Recommendation> recommendation(UUID id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Commitment> commitment(UUID id) {
        return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public EventKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String theme() {
        return theme;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String venue() {
        return venue;
    }

    public String city() {
        return city;
    }

    public EventDetails details() {
        return new EventDetails(kind, title, theme, startsOn, endsOn, venue, city);
    }

    public List<EventSession> sessions() {
        return List.copyOf(sessions);
    }

    public List<Communication> communications() {
        return List.copyOf(communications);
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    public List<Recommendation> recommendations() {
        return List.copyOf(recommendations);
    }

    public List<Commitment> commitments() {
        return List.copyOf(commitments);
    }
}
