package org.kafo.web.proceedings.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.proceedings.CommunicationInput;
import org.primefaces.model.file.UploadedFile;

/** A communication of the event, on {@link EventContentPage}: title, speakers, abstract, and maybe its document. */
@Named
@ViewScoped
public class CommunicationForm extends EventContentForm {

    private static final long serialVersionUID = 1L;

    private String title;
    private String speakers;
    private String summary;
    private transient UploadedFile file;

    public void add() {
        boolean done = page.change(e -> {
            List<IncomingFile> attached = new ArrayList<>();
            if (file != null && file.getSize() > 0) {
                attached.add(page.incoming(file));
            }
            proceedings.addCommunication(caller.get(), e, CommunicationInput.of(title, speakers, summary), attached, null);
        }, "event.content.communicationAdded");
        if (done) {
            title = speakers = summary = null;
            file = null;
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getSpeakers() { return speakers; }
    public void setSpeakers(String v) { speakers = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile v) { file = v; }
}
