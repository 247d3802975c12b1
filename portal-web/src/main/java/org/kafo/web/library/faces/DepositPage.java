package org.kafo.web.library.faces;

import jakarta.annotation.PreDestroy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.DuplicateDocumentException;
import org.kafo.domain.library.Library;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.library.DocumentPages;
import org.kafo.web.security.CurrentCaller;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /bibliotheque/deposer.xhtml}: a file and what it is ({@link DocumentForm}); refusals said, nothing kept. A file
 * the depositor can already see is not deposited twice: the page links to it. The file goes first, alone, with its
 * progress shown (PrimeFaces' upload, {@link #upload}); the page keeps it ({@link ReceivedFile}) until the deposit.
 */
@Named
@ViewScoped
public class DepositPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    Library library;

    @Inject
    StoredFiles files;

    @Inject
    DocumentForm form;

    private ReceivedFile received;
    private String uploadRefusal;
    private transient DuplicateDocumentException duplicate;

    /** The file, sent alone while the person fills in the rest: checked against the limit, kept for the deposit. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        uploadRefusal = null;
        try {
            if (file == null || file.getSize() == 0) {
                throw DomainException.invalid("file", Message.of("file.missing.deposit"));
            }
            files.limit().check(file.getFileName(), file.getSize());
            discard();
            received = ReceivedFile.of(file);
        } catch (DomainException e) {
            uploadRefusal = e.text(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
    }

    public String deposit() {
        Document[] deposited = new Document[1];
        boolean ok = PageMessages.attempt(null, () -> {
            if (received == null) {
                throw DomainException.invalid("file", Message.of("file.missing.deposit"));
            }
            deposited[0] = library.deposit(caller.get(), form.details(), form.shownTo(), form.partnerTenants(), received.incoming());
        }, this::isDuplicate);
        if (!ok) {
            return null;
        }
        discard();
        PageMessages.done(PageMessages.text("library.deposit.done"));
        return "/bibliotheque/document.xhtml?faces-redirect=true&id=" + deposited[0].id();
    }

    /** A file the depositor can already see is the page's to show (a link to it), not a refusal. */
    private boolean isDuplicate(DomainException refusal) {
        if (refusal instanceof DuplicateDocumentException same) {
            duplicate = same;
            return true;
        }
        return false;
    }

    /** "20 Mo", "20 MB": in the page's language. */
    public String getLimit() {
        return files.limit().size().text(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public DuplicateDocumentException getDuplicate() {
        return duplicate;
    }

    public String getDuplicatePage() {
        return duplicate == null ? null : DocumentPages.page(duplicate.existingId());
    }

    /** The page is left (or the file replaced): the kept file goes. */
    @PreDestroy
    void discard() {
        if (received != null) {
            received.delete();
            received = null;
        }
    }

    public long getLimitBytes() {
        return files.limit().maxBytes();
    }

    public ReceivedFile getReceived() {
        return received;
    }

    public String getUploadRefusal() {
        return uploadRefusal;
    }
}
