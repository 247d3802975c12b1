package org.kafo.web.proceedings.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kafo.domain.proceedings.CommitmentInput;

/** A commitment made at the event, on {@link EventContentPage}: who (an actor of the directory), what, by when. */
@Named
@ViewScoped
public class NewCommitmentForm extends EventContentForm {

    private static final long serialVersionUID = 1L;

    private String owner;
    private String what;
    private String dueOn;

    public void add() {
        if (page.change(e -> proceedings.addCommitment(caller.get(), e, CommitmentInput.of(owner, what, dueOn), null),
                "event.content.commitmentAdded")) {
            owner = what = dueOn = null;
        }
    }

    public String getOwner() { return owner; }
    public void setOwner(String v) { owner = v; }
    public String getWhat() { return what; }
    public void setWhat(String v) { what = v; }
    public String getDueOn() { return dueOn; }
    public void setDueOn(String v) { dueOn = v; }
}
