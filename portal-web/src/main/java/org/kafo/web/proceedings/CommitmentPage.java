package org.kafo.web.proceedings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.proceedings.Commitment;
import org.kafo.domain.proceedings.CommitmentInput;
import org.kafo.domain.proceedings.CommitmentStatus;
import org.kafo.domain.proceedings.Events;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /rencontres/engagement.xhtml?id=…}: one commitment, its dated progress notes and, for the organiser, a note
 * to add (which sets the status) and the commitment itself to change (who, what, by when). The version read with the
 * page guards both forms against a lost update: a second writer is told so and keeps what they typed.
 */
@Named
@ViewScoped
public class CommitmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    Events events;

    @Inject
    Proceedings proceedings;

    @Inject
    Organizations organizations;

    private String id;
    private Long version;
    private transient Commitment commitment;
    private String status;
    private String text;
    private String notedOn = LocalDate.now().toString();
    private String ownerId;
    private String what;
    private String dueOn;
    private transient List<Organization> actors;

    public void load() {
        try {
            commitment = events.commitment(caller.get(), Ids.parse(id));
            version = commitment.version();
            status = commitment.status().name();
            ownerId = commitment.owner().id().toString();
            what = commitment.what();
            dueOn = commitment.dueOn().toString();
        } catch (DomainException e) {
            PageMessages.sendError(404);
        }
    }

    public Commitment getCommitment() {
        if (commitment == null && id != null) {
            commitment = events.commitment(caller.get(), Ids.parse(id));
        }
        return commitment;
    }

    public String note() {
        try {
            proceedings.noteProgress(caller.get(), Ids.parse(id), status, text, notedOn, version);
            PageMessages.done(PageMessages.text("commitment.note.saved"));
            return "/rencontres/engagement.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            PageMessages.refused(e);
            return null;
        }
    }

    /** Changes who commits to what by when, if nobody changed the commitment since the page was read. */
    public String change() {
        try {
            proceedings.changeCommitment(caller.get(), Ids.parse(id), CommitmentInput.of(ownerId, what, dueOn), version);
            PageMessages.done(PageMessages.text("commitment.edit.saved"));
            return "/rencontres/engagement.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            PageMessages.refused(e);
            return null;
        }
    }

    /** The directory's actors one may see, by name (only read for those who may change the commitment). */
    public List<Organization> getActors() {
        if (actors == null) {
            actors = organizations.allVisible(caller.get());
        }
        return actors;
    }

    public boolean isCanChange() {
        return getCommitment() != null && Proceedings.mayChange(caller.get(), getCommitment().event());
    }

    public boolean isOverdue() {
        return getCommitment().overdue(LocalDate.now());
    }

    public CommitmentStatus[] getStatuses() {
        return CommitmentStatus.values();
    }

    public String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(String ownerId) {
        this.ownerId = ownerId;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
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
