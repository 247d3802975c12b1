package org.kafo.domain.proceedings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.library.Document;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * A communication (contribution) given at an event: title, speakers, abstract, and its attached documents, which
 * are documents of the knowledge base (extracted, indexed, downloadable there).
 */
@Entity
@Table(name = "event_communication")
public class Communication {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private Event event;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String speakers;

    @Column(name = "abstract")
    private String summary;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @ManyToMany
    @JoinTable(name = "event_communication_document", joinColumns = @JoinColumn(name = "communication_id"),
            inverseJoinColumns = @JoinColumn(name = "document_id"))
    private List<Document> documents = new ArrayList<>();

    protected Communication() {
    }

    Communication(Event event, CommunicationInput input) {
        this.event = event;
        change(input);
    }

    void change(CommunicationInput input) {
        this.title = input.title();
        this.speakers = input.speakers();
        this.summary = input.summary();
    }

    void attach(Document document) {
        if (documents.stream().noneMatch(d -> d.id().equals(document.id()))) {
            documents.add(document);
        }
    }

    public UUID id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public String title() {
        return title;
    }

    public String speakers() {
        return speakers;
    }

    public String summary() {
        return summary;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The attached documents {@code viewer} may see: a document may have been shared more narrowly than the event. */
    public List<Document> documents(Caller viewer) {
        return documents.stream().filter(document -> VisibilityRule.canSee(viewer, document)).toList();
    }
}
