package org.kafo.web.proceedings.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.kafo.web.input.Ids;

/** A dated progress note on {@link CommitmentPage}, which sets the commitment's status (its current one to start from). */
@Named
@ViewScoped
public class NoteForm extends CommitmentForm {

    private static final long serialVersionUID = 1L;

    private String status;
    private String text;
    private String notedOn = LocalDate.now().toString();

    @PostConstruct
    void startFromTheCommitment() {
        if (page.getCommitment() != null) {
            status = page.getCommitment().status().name();
        }
    }

    public String note() {
        return page.change(() -> proceedings.noteProgress(caller.get(), Ids.parse(page.getId()), status, text, notedOn, page.version()),
                "commitment.note.saved");
    }

    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getNotedOn() { return notedOn; }
    public void setNotedOn(String v) { notedOn = v; }
}
