package org.kafo.web.proceedings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.kafo.domain.proceedings.Commitment;
import org.kafo.domain.proceedings.CommitmentStatus;
import org.kafo.domain.proceedings.Events;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.faces.DomainMessages;

/**
 * {@code /rencontres/engagement.xhtml?id=…}: one commitment, its dated progress notes and, for the organiser, a note
 * to add (which sets the status). The version read with the page guards against a lost update.
 */
@Named
@ViewScoped
public class CommitmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    Events events;

    @Inject
    Proceedings proceedings;

    private String id;
    private Long version;
    private transient Commitment commitment;
    private String status;
    private String text;
    private String notedOn = LocalDate.now().toString();

    public void load() {
        try {
            commitment = events.commitment(caller, EventPages.uuid(id, "Engagement"));
            version = commitment.version();
            status = commitment.status().name();
        } catch (DomainException e) {
            DomainMessages.sendError(404);
        }
    }

    public Commitment getCommitment() {
        if (commitment == null && id != null) {
            commitment = events.commitment(caller, EventPages.uuid(id, "Engagement"));
        }
        return commitment;
    }

    public String note() {
        try {
            proceedings.noteProgress(caller, EventPages.uuid(id, "Engagement"), status, text, notedOn, version);
            DomainMessages.infoAfterRedirect(DomainMessages.text("commitment.note.saved"));
            return "/rencontres/engagement.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            DomainMessages.error(e);
            return null;
        }
    }

    public boolean isCanChange() {
        return getCommitment() != null && Proceedings.mayChange(caller, getCommitment().event());
    }

    public boolean isOverdue() {
        return getCommitment().overdue(LocalDate.now());
    }

    public CommitmentStatus[] getStatuses() {
        return CommitmentStatus.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNotedOn() {
        return notedOn;
    }

    public void setNotedOn(String notedOn) {
        this.notedOn = notedOn;
    }
}
