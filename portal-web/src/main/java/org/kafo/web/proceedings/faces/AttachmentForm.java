package org.kafo.web.proceedings.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.primefaces.model.file.UploadedFile;

/** A file attached to an existing communication, on {@link EventContentPage}: deposited into the knowledge base as well. */
@Named
@ViewScoped
public class AttachmentForm extends EventContentForm {

    private static final long serialVersionUID = 1L;

    private String attachTo;
    private transient UploadedFile attachment;

    public void attach() {
        boolean done = page.change(e -> {
            if (attachment == null || attachment.getSize() == 0) {
                throw DomainException.invalid("file", Message.of("file.missing.attach"));
            }
            proceedings.attach(caller.get(), e, Ids.parse(attachTo), page.incoming(attachment));
        }, "event.content.attached");
        if (done) {
            attachment = null;
        }
    }

    public String getAttachTo() { return attachTo; }
    public void setAttachTo(String v) { attachTo = v; }
    public UploadedFile getAttachment() { return attachment; }
    public void setAttachment(UploadedFile v) { attachment = v; }
}
