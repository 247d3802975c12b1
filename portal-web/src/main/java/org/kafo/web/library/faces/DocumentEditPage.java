package org.kafo.web.library.faces;


import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.Documents;
import org.kafo.domain.library.Library;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /bibliotheque/modifier.xhtml?id=…}: what is said about a document and who sees it (the file stays).
 * The fields are the deposit's ({@link DocumentForm}); the version read with the form guards against a lost update.
 */
@Named
@RequestScoped
public class DocumentEditPage {

    @Inject
    CurrentCaller caller;

    @Inject
    Documents documents;

    @Inject
    Library library;

    @Inject
    DocumentForm form;

    private String id;
    private Long version;

    /** Fills the form from the document on the first visit; 404 when it is not visible, 403 when not changeable. */
    public void load() {
        Document document;
        try {
            document = documents.find(caller.get(), Ids.parse(id));
        } catch (DomainException e) {
            PageMessages.sendError(404);
            return;
        }
        if (!Library.mayChange(caller.get(), document)) {
            PageMessages.sendError(403);
            return;
        }
        if (version == null) {
            version = document.version();
            form.fillFrom(document);
        }
    }

    public String save() {
        return PageMessages.redirect(null, () -> {
            library.describe(caller.get(), Ids.parse(id), form.details(), form.shownTo(), form.partnerTenants(), version);
            return "/bibliotheque/document.xhtml?faces-redirect=true&id=" + id;
        }, PageMessages.text("library.edit.done"));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
