package org.kafo.web.proceedings.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kafo.domain.proceedings.Commitment;
import org.kafo.domain.proceedings.CommitmentInput;
import org.kafo.web.input.Ids;

/** The commitment itself on {@link CommitmentPage}: who commits (an actor of the directory), to what, by when. */
@Named
@ViewScoped
public class CommitmentEditForm extends CommitmentForm {

    private static final long serialVersionUID = 1L;

    private String ownerId;
    private String what;
    private String dueOn;

    @PostConstruct
    void startFromTheCommitment() {
        Commitment c = page.getCommitment();
        if (c != null) {
            ownerId = c.owner().id().toString();
            what = c.what();
            dueOn = c.dueOn().toString();
        }
    }

    /** Changes who commits to what by when, if nobody changed the commitment since the page was read. */
    public String change() {
        return page.change(() -> proceedings.changeCommitment(caller.get(), Ids.parse(page.getId()), CommitmentInput.of(ownerId, what, dueOn),
                page.version()), "commitment.edit.saved");
    }

    public String getOwnerId() { return ownerId; }
    public void setOwnerId(String v) { ownerId = v; }
    public String getWhat() { return what; }
    public void setWhat(String v) { what = v; }
    public String getDueOn() { return dueOn; }
    public void setDueOn(String v) { dueOn = v; }
}
