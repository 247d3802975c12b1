package org.kafo.web.library.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.DuplicateDocumentException;
import org.kafo.domain.library.Library;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.library.DocumentPages;
import org.kafo.web.security.CurrentCaller;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /bibliotheque/deposer.xhtml}: a file and what it is ({@link DocumentForm}); refusals said, nothing kept. A file
 * the depositor can already see is not deposited twice: the page links to it.
 */
@Named
@RequestScoped
public class DepositPage {

    @Inject
    CurrentCaller caller;

    @Inject
    Library library;

    @Inject
    StoredFiles files;

    @Inject
    DocumentForm form;

    private UploadedFile file;
    private DuplicateDocumentException duplicate;

    public String deposit() {
        Document[] deposited = new Document[1];
        boolean ok = PageMessages.attempt(null, () -> {
            if (file == null || file.getSize() == 0) {
                throw DomainException.invalid("file", Message.of("file.missing.deposit"));
            }
            files.limit().check(file.getFileName(), file.getSize());
            deposited[0] = library.deposit(caller.get(), form.details(), form.shownTo(), form.partnerTenants(),
                    new IncomingFile(file.getFileName(), file.getContent()));
        }, this::isDuplicate);
        if (!ok) {
            return null;
        }
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

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
