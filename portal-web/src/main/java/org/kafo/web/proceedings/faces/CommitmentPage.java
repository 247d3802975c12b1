package org.kafo.web.proceedings.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.proceedings.Commitment;
import org.kafo.domain.proceedings.CommitmentStatus;
import org.kafo.domain.proceedings.Events;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /rencontres/engagement.xhtml?id=…}: one commitment, its dated progress notes and, for the organiser, two forms:
 * a note to add, which sets the status ({@link NoteForm}), and the commitment itself to change ({@link CommitmentEditForm}).
 * The version read with the page guards both against a lost update: a second writer is told so and keeps what they typed.
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
    Organizations organizations;

    private String id;
    private Long version;
    private transient Commitment commitment;
    private transient List<Organization> actors;

    public void load() {
        try {
            commitment = events.commitment(caller.get(), Ids.parse(id));
            version = commitment.version();
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

    /** Runs a change of one of the page's forms on the version read with the page; done, its message kept over the redirect. */
    String change(Runnable change, String doneKey) {
        return PageMessages.redirect(null, () -> {
            change.run();
            return "/rencontres/engagement.xhtml?faces-redirect=true&id=" + id;
        }, PageMessages.text(doneKey));
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

    /** Where it stands today (overdue when open past its due date): {@code CommitmentStanding}'s name. */
    public String getStanding() {
        return getCommitment().standingNow().name();
    }

    public CommitmentStatus[] getStatuses() {
        return CommitmentStatus.values();
    }

    Long version() {
        return version;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
