package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One published version of an alert, kept for ever: the first is CAP's {@code Alert}, each later one an
 * {@code Update} that supersedes it. An update never overwrites the history.
 */
@Entity
@Table(name = "alert_revision")
public class AlertRevision {

    public enum MessageType {
        ALERT, UPDATE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "alert_id", updatable = false)
    private Alert alert;

    @Column(nullable = false, updatable = false)
    private int revision;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "msg_type", nullable = false, updatable = false)
    private MessageType messageType;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "author_tenant", nullable = false, updatable = false)
    private String authorTenant;

    @Embedded
    private AlertContent content;

    protected AlertRevision() {
    }

    AlertRevision(Alert alert, int revision, Instant sentAt, String author, String authorTenant, AlertContent content) {
        this.alert = alert;
        this.revision = revision;
        this.messageType = revision == 1 ? MessageType.ALERT : MessageType.UPDATE;
        this.sentAt = sentAt;
        this.author = author;
        this.authorTenant = authorTenant;
        this.content = content.copy();
    }

    public int revision() {
        return revision;
    }

    public MessageType messageType() {
        return messageType;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String author() {
        return author;
    }

    public String authorTenant() {
        return authorTenant;
    }

    public AlertContent content() {
        return content;
    }
}
