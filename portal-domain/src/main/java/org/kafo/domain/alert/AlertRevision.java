package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.PartnerTenants;
import org.kafo.domain.tenancy.Shared;
import org.kafo.domain.tenancy.Visibility;

/**
 * One published version of an alert, kept for ever: the first is CAP's {@code Alert}, each later one an
 * {@code Update} that supersedes it. An update never overwrites the history. Each version keeps who could see it when
 * it was current, and is shown only to them: an alert widened from the network to the public does not publish its
 * network version.
 */
@Entity
@Table(name = "alert_revision")
public class AlertRevision implements Shared {

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

    /** Who could see this version when it was current. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Visibility visibility;

    @Convert(converter = PartnerTenants.class)
    @Column(name = "partner_tenants", nullable = false, updatable = false)
    private Set<String> partnerTenants = Set.of();

    @Embedded
    private AlertContent content;

    protected AlertRevision() {
    }

    AlertRevision(Alert alert, int revision, Instant sentAt, String author, String authorTenant, AlertContent content) {
        this.alert = alert;
        this.visibility = alert.visibility();
        this.partnerTenants = alert.partnerTenants();
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

    /** The whole content, for CAP and those who may read free text; readers get {@link #contentFor}. */
    public AlertContent content() {
        return content;
    }

    /** The content as this reader may read it: the description only for the owner and the accepted receivers. */
    public AlertContent contentFor(Caller reader) {
        return alert.readable(reader, content);
    }

    @Override
    public String ownerTenant() {
        return alert.ownerTenant();
    }

    @Override
    public Visibility visibility() {
        return visibility;
    }

    @Override
    public Set<String> partnerTenants() {
        return partnerTenants;
    }
}
