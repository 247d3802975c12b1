package org.kafo.domain.proceedings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.DocumentDetails;
import org.kafo.domain.library.Documents;
import org.kafo.domain.library.Library;
import org.kafo.domain.outbox.Outbox;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.domain.tenancy.VisibilityRule;
import org.kafo.domain.tenant.TenantRegistry;

/**
 * Organising events and keeping their proceedings. Every refusal happens before anything is written; every
 * write comes with its audit entry and the event's search outbox row in the same transaction. Attached
 * documents are deposited into the knowledge base through {@link Library}, in the same transaction: a refused
 * file leaves neither the communication nor the document behind.
 */
@ApplicationScoped
public class Proceedings {

    /** The outbox kind, and the kind of the events in the search index. */
    public static final String KIND = "event";


    private Events events;
    private Organizations organizations;
    private Library library;
    private Documents documents;
    private StoredFiles files;
    private TenantRegistry tenants;
    private AuditLog audit;
    private Outbox outbox;

    protected Proceedings() {
    }

    @Inject
    public Proceedings(Events events, Organizations organizations, Library library, Documents documents, StoredFiles files,
                       TenantRegistry tenants, AuditLog audit, Outbox outbox) {
        this.events = events;
        this.organizations = organizations;
        this.library = library;
        this.documents = documents;
        this.files = files;
        this.tenants = tenants;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** Whether the caller may organise events at all (for pages that offer it). */
    public static boolean mayOrganise(Caller caller) {
        return caller.actsForTenant() || caller.has(Role.NETWORK_ADMIN);
    }

    public static boolean mayChange(Caller caller, Event event) {
        return VisibilityRule.canChange(caller, event);
    }

    @Transactional
    public Event create(Caller caller, EventDetails details, Visibility visibility, Set<String> partners) {
        String owner = ownerFor(caller);
        tenants.requireAll(partners, "partnerTenants");
        Event event = new Event(owner, details);
        event.share(visibility == null ? Visibility.PRIVATE : visibility, partners);
        events.add(event);
        written(caller, "event.create", event, event.title());
        return event;
    }

    @Transactional
    public Event describe(Caller caller, UUID id, EventDetails details, Visibility visibility, Set<String> partners,
                          Long expectedVersion) {
        Event event = changeable(caller, id, expectedVersion);
        tenants.requireAll(partners, "partnerTenants");
        event.describe(details);
        event.share(visibility == null ? event.visibility() : visibility, partners);
        written(caller, "event.describe", event, event.title());
        return event;
    }

    /** Removes an event and everything it holds; the documents deposited for it stay in the knowledge base. */
    @Transactional
    public void delete(Caller caller, UUID id, Long expectedVersion) {
        Event event = changeable(caller, id, expectedVersion);
        events.remove(event);
        written(caller, "event.delete", event, event.title());
    }

    @Transactional
    public EventSession addSession(Caller caller, UUID eventId, SessionInput input, Long expectedVersion) {
        Event event = changeable(caller, eventId, expectedVersion);
        EventSession session = event.addSession(input);
        written(caller, "event.session.add", event, input.subTheme());
        return session;
    }

    @Transactional
    public EventSession changeSession(Caller caller, UUID eventId, UUID sessionId, SessionInput input, Long expectedVersion) {
        Event event = changeable(caller, eventId, expectedVersion);
        EventSession session = event.session(sessionId).orElseThrow(() -> DomainException.notFound(Message.of("proceedings.session.notFound")));
        event.changeSession(session, input);
        written(caller, "event.session.change", event, input.subTheme());
        return session;
    }

    @Transactional
    public void removeSession(Caller caller, UUID eventId, UUID sessionId) {
        Event event = changeable(caller, eventId, null);
        EventSession session = event.session(sessionId).orElseThrow(() -> DomainException.notFound(Message.of("proceedings.session.notFound")));
        event.removeSession(session);
        written(caller, "event.session.remove", event, session.subTheme());
    }

    /**
     * Adds a communication with its attached files (may be none). Each file is deposited into the knowledge base
     * (kind "communication", shared as the event is), or, when the caller already sees the same file there, the
     * existing document is attached.
     */
    @Transactional
    public Communication addCommunication(Caller caller, UUID eventId, CommunicationInput input, List<IncomingFile> attachments,
                                          Long expectedVersion) {
        Event event = changeable(caller, eventId, expectedVersion);
        Communication communication = event.addCommunication(input);
        for (IncomingFile file : attachments == null ? List.<IncomingFile>of() : attachments) {
            communication.attach(deposit(caller, event, communication, file));
        }
        written(caller, "event.communication.add", event, input.title());
        return communication;
    }

    /** Attaches one more file to a communication (deposited into the knowledge base). */
    @Transactional
    public Document attach(Caller caller, UUID eventId, UUID communicationId, IncomingFile file) {
        Event event = changeable(caller, eventId, null);
        Communication communication = event.communication(communicationId)
                .orElseThrow(() -> DomainException.notFound(Message.of("proceedings.communication.notFound")));
        Document document = deposit(caller, event, communication, file);
        communication.attach(document);
        event.changed();
        written(caller, "event.communication.attach", event, communication.title() + " : " + document.title());
        return document;
    }

    @Transactional
    public void removeCommunication(Caller caller, UUID eventId, UUID communicationId) {
        Event event = changeable(caller, eventId, null);
        Communication communication = event.communication(communicationId)
                .orElseThrow(() -> DomainException.notFound(Message.of("proceedings.communication.notFound")));
        event.removeCommunication(communication);
        written(caller, "event.communication.remove", event, communication.title());
    }

    @Transactional
    public Participant addParticipant(Caller caller, UUID eventId, ParticipantInput input, Long expectedVersion) {
        Event event = changeable(caller, eventId, expectedVersion);
        Organization organization = input.organizationId() == null ? null : actor(caller, input.organizationId(), "organizationId");
        Participant participant = event.addParticipant(input, organization);
        written(caller, "event.participant.add", event, null);
        return participant;
    }

    @Transactional
    public void removeParticipant(Caller caller, UUID eventId, UUID participantId) {
        Event event = changeable(caller, eventId, null);
        Participant participant = event.participant(participantId)
                .orElseThrow(() -> DomainException.notFound(Message.of("proceedings.participant.notFound")));
        event.removeParticipant(participant);
        written(caller, "event.participant.remove", event, null);
    }

    /** An event one may see (for pages, which read it after {@link #participants}). */
    public Event event(Caller caller, UUID eventId) {
        return events.find(caller, eventId);
    }

    /**
     * The participants of an event one may see: personal data, so the read is audited, and shown to signed-in
     * people only (an anonymous visitor of a public event gets none).
     */
    @Transactional
    public List<Participant> participants(Caller caller, UUID eventId) {
        Event event = events.find(caller, eventId);
        if (!caller.signedIn()) {
            return List.of();
        }
        List<Participant> participants = event.participants();
        if (!participants.isEmpty()) {
            audit.sensitiveRead(caller, "event.participants.read", KIND, event.id().toString(), event.ownerTenant());
        }
        return participants;
    }

    @Transactional
    public Recommendation addRecommendation(Caller caller, UUID eventId, RecommendationInput input, Long expectedVersion) {
        Event event = changeable(caller, eventId, expectedVersion);
        List<Organization> addressees = new ArrayList<>();
        for (UUID id : input.addressees()) {
            addressees.add(actor(caller, id, "addressees"));
        }
        Recommendation recommendation = event.addRecommendation(input, addressees);
        written(caller, "event.recommendation.add", event, input.text());
        return recommendation;
    }

    @Transactional
    public void removeRecommendation(Caller caller, UUID eventId, UUID recommendationId) {
        Event event = changeable(caller, eventId, null);
        Recommendation recommendation = event.recommendation(recommendationId)
                .orElseThrow(() -> DomainException.notFound(Message.of("proceedings.recommendation.notFound")));
        event.removeRecommendation(recommendation);
        written(caller, "event.recommendation.remove", event, recommendation.text());
    }

    @Transactional
    public Commitment addCommitment(Caller caller, UUID eventId, CommitmentInput input, Long expectedVersion) {
        Event event = changeable(caller, eventId, expectedVersion);
        Organization owner = actor(caller, input.ownerId(), "ownerId");
        Commitment commitment = event.addCommitment(input, owner);
        written(caller, "commitment.add", event, owner.shortName() + " : " + input.what());
        return commitment;
    }

    /** Changes who commits to what by when; {@code expectedVersion} is the commitment's. */
    @Transactional
    public Commitment changeCommitment(Caller caller, UUID commitmentId, CommitmentInput input, Long expectedVersion) {
        Commitment commitment = changeableCommitment(caller, commitmentId, expectedVersion);
        Organization owner = actor(caller, input.ownerId(), "ownerId");
        commitment.event().checkDue(input.dueOn());
        commitment.change(input, owner);
        written(caller, "commitment.change", commitment.event(), owner.shortName() + " : " + input.what());
        return commitment;
    }

    /** A dated progress note, which sets the commitment's status. */
    @Transactional
    public CommitmentNote noteProgress(Caller caller, UUID commitmentId, String status, String text, String notedOn,
                                       Long expectedVersion) {
        Checks checks = Checks.start();
        CommitmentStatus newStatus = CommitmentStatus.read(status, "status", checks);
        String cleanText = checks.text("text", "proceedings.field.note", text).max(CommitmentNote.MAX_TEXT).required();
        LocalDate on = checks.date("notedOn", "proceedings.field.notedOn", notedOn).orElse(LocalDate.now());
        checks.throwIfAny();
        Commitment commitment = changeableCommitment(caller, commitmentId, expectedVersion);
        CommitmentNote note = commitment.note(on, newStatus, cleanText, author(caller));
        written(caller, "commitment.progress", commitment.event(), newStatus.label() + " : " + commitment.what());
        return note;
    }

    @Transactional
    public void removeCommitment(Caller caller, UUID commitmentId) {
        Commitment commitment = changeableCommitment(caller, commitmentId, null);
        Event event = commitment.event();
        event.removeCommitment(commitment);
        written(caller, "commitment.remove", event, commitment.what());
    }

    private Document deposit(Caller caller, Event event, Communication communication, IncomingFile file) {
        files.limit().check(file.originalName(), file.bytes().length);
        var existing = documents.visibleWithChecksum(caller, StoredFiles.sha256(file.bytes()));
        if (existing.isPresent()) {
            return existing.get();
        }
        String title = communication.title();
        DocumentDetails details = DocumentDetails.of(title.length() > DocumentDetails.MAX_TITLE ? title.substring(0, 300) : title,
                "COMMUNICATION", null, event.startsOn().toString(), event.city(), "fr", List.of(), null);
        Visibility visibility = event.ownerTenant() == null && event.visibility() == Visibility.PRIVATE
                ? Visibility.NETWORK : event.visibility();
        return library.deposit(caller, details, visibility, event.partnerTenants(), file);
    }

    private Organization actor(Caller caller, UUID id, String field) {
        if (id == null) {
            throw DomainException.invalid(field, Message.of("proceedings.commitment.ownerMissing"));
        }
        try {
            return organizations.visible(caller, id);
        } catch (DomainException e) {
            throw DomainException.invalid(field, Message.of("proceedings.commitment.ownerUnknown"));
        }
    }

    private Event changeable(Caller caller, UUID id, Long expectedVersion) {
        Event event = events.find(caller, id);
        if (!VisibilityRule.canChange(caller, event)) {
            throw DomainException.forbidden(Message.of("proceedings.event.organiserOnly"));
        }
        if (expectedVersion != null && expectedVersion != event.version()) {
            throw DomainException.conflict(Message.of("proceedings.event.changed"));
        }
        return event;
    }

    private Commitment changeableCommitment(Caller caller, UUID id, Long expectedVersion) {
        Commitment commitment = events.commitment(caller, id);
        if (!VisibilityRule.canChange(caller, commitment.event())) {
            throw DomainException.forbidden(Message.of("proceedings.commitment.organiserOnly"));
        }
        if (expectedVersion != null && expectedVersion != commitment.version()) {
            throw DomainException.conflict(Message.of("proceedings.commitment.changed"));
        }
        return commitment;
    }

    private void written(Caller caller, String action, Event event, String detail) {
        events.flush(); // new children get their rows now: found by id in the same transaction, refused here if the database says no
        audit.write(caller, action, KIND, event.id().toString(), event.ownerTenant(), detail);
        outbox.changed(KIND, event.id());
    }

    private static String author(Caller caller) {
        return caller.displayName() == null || caller.displayName().isBlank() ? caller.username() : caller.displayName();
    }

    /**
     * Members and tenant admins organise for their association; a network admin who does not act for one organises
     * for the network (such an event is network-wide or public, never private).
     */
    private static String ownerFor(Caller caller) {
        if (caller.actsForTenant()) {
            return caller.tenant();
        }
        if (caller.has(Role.NETWORK_ADMIN)) {
            return null;
        }
        throw DomainException.forbidden(Message.of("proceedings.event.membersOnly"));
    }
}
