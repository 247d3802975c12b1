package org.kafo.web.proceedings;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.library.Document;
import org.kafo.domain.proceedings.Commitment;
import org.kafo.domain.proceedings.CommitmentStanding;
import org.kafo.domain.proceedings.Communication;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.EventSession;
import org.kafo.domain.proceedings.Participant;
import org.kafo.domain.proceedings.Recommendation;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * An event as the API shows it (never the entity): its details, programme, communications, recommendations and
 * commitments. Participants are personal data: they are read apart ({@code /participants}), audited.
 */
@JsonbNillable
public record EventJson(String id, String kind, String kindLabel, String title, String theme, String startsOn, String endsOn,
                        String venue, String city, String ownerTenant, String visibility, Set<String> partnerTenants,
                        long version, Instant createdAt, Instant updatedAt, boolean canChange, List<SessionJson> sessions,
                        List<CommunicationJson> communications, List<RecommendationJson> recommendations,
                        List<CommitmentJson> commitments, LinksJson links) {

    public record SessionJson(String id, String subTheme, String moderator, String day, String start, String end) {
        public static SessionJson of(EventSession s) {
            return new SessionJson(s.id().toString(), s.subTheme(), s.moderator(), s.startsAt().toLocalDate().toString(),
                    s.startsAt().toLocalTime().toString(), s.endsAt().toLocalTime().toString());
        }
    }

    /** An attached document of the knowledge base (only those the caller may see). */
    public record DocumentRefJson(String id, String title, String mediaType, long size, String file, String page) {
        public static DocumentRefJson of(Document d) {
            return new DocumentRefJson(d.id().toString(), d.title(), d.file().mediaType(), d.file().size(),
                    "/api/v1/documents/" + d.id() + "/file", "/bibliotheque/document.xhtml?id=" + d.id());
        }
    }

    public record CommunicationJson(String id, String title, String speakers, String summary, List<DocumentRefJson> documents) {
        public static CommunicationJson of(Communication c, Caller caller) {
            return new CommunicationJson(c.id().toString(), c.title(), c.speakers(), c.summary(), c.documents(caller).stream()
                    .map(DocumentRefJson::of).toList());
        }
    }

    /** An actor of the directory. */
    public record ActorRefJson(String id, String name, String shortName) {
        public static ActorRefJson of(Organization o) {
            return o == null ? null : new ActorRefJson(o.id().toString(), o.name(), o.shortName());
        }
    }

    public record RecommendationJson(String id, String theme, String text, List<ActorRefJson> addressees) {
        public static RecommendationJson of(Recommendation r) {
            return new RecommendationJson(r.id().toString(), r.theme(), r.text(), r.addressees().stream().map(ActorRefJson::of).toList());
        }
    }

    public record NoteJson(String notedOn, String status, String text, String writtenBy) {
    }

    /**
     * A commitment: {@code status} as recorded (what a change sends back), {@code standing} where it stands today in the
     * vocabulary the pages and exports use (the status, or {@code EN_RETARD} when open past its due date), and its label.
     */
    public record CommitmentJson(String id, String eventId, String eventTitle, ActorRefJson owner, String what, String dueOn,
                                 String status, String statusLabel, String standing, String standingLabel, boolean overdue,
                                 long version, List<NoteJson> notes) {
        public static CommitmentJson of(Commitment c) {
            CommitmentStanding standing = c.standingNow();
            return new CommitmentJson(c.id().toString(), c.event().id().toString(), c.event().title(), ActorRefJson.of(c.owner()),
                    c.what(), c.dueOn().toString(), c.status().name(), c.status().label(), standing.name(), standing.label(),
                    standing == CommitmentStanding.EN_RETARD, c.version(), c.notes().stream()
                    .map(n -> new NoteJson(n.notedOn().toString(), n.status().name(), n.text(), n.writtenBy())).toList());
        }
    }

    public record ParticipantJson(String id, String name, ActorRefJson organization, String organisationName, String role) {
        public static ParticipantJson of(Participant p) {
            return new ParticipantJson(p.id().toString(), p.name(), ActorRefJson.of(p.organization()), p.organisationLabel(),
                    p.role().name());
        }
    }

    public record LinksJson(String self, String page, String pdf, String ics) {
    }

    public static EventJson of(Event e, Caller caller) {
        String id = e.id().toString();
        return new EventJson(id, e.kind().name(), e.kind().label(), e.title(), e.theme(), e.startsOn().toString(),
                e.endsOn().toString(), e.venue(), e.city(), e.ownerTenant(), e.visibility().name(), e.partnerTenants(),
                e.version(), e.createdAt(), e.updatedAt(), VisibilityRule.canChange(caller, e),
                e.sessions().stream().map(SessionJson::of).toList(),
                e.communications().stream().map(c -> CommunicationJson.of(c, caller)).toList(),
                e.recommendations().stream().map(RecommendationJson::of).toList(),
                e.commitments().stream().map(CommitmentJson::of).toList(),
                new LinksJson("/api/v1/events/" + id, EventPages.page(e.id()), "/api/v1/events/" + id + "/actes.pdf",
                        "/api/v1/events/" + id + "/calendar.ics"));
    }
}
