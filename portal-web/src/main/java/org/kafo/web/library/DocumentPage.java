package org.kafo.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.Documents;
import org.kafo.domain.library.Library;
import org.kafo.domain.shared.DomainException;
import org.kafo.search.query.SearchResults;
import org.kafo.web.faces.DomainMessages;
import org.kafo.web.search.Searches;
import org.kafo.web.security.CurrentCaller;

/** {@code /bibliotheque/document.xhtml?id=…}: one document, its file, the beginning of its text, its neighbours. */
@Named
@RequestScoped
public class DocumentPage {

    /** Enough text to recognise a document on a phone screen, without sending it whole. */
    static final int EXCERPT_LENGTH = 700;
    static final int SIMILAR = 5;

    @Inject
    CurrentCaller caller;

    @Inject
    Documents documents;

    @Inject
    Library library;

    @Inject
    StoredFiles files;

    @Inject
    Searches searches;

    private String id;
    private Document document;
    private String excerpt;
    private List<SearchResults.Hit> similar;

    public void load() {
        try {
            document = documents.find(caller.get(), DocumentResource.uuid(id));
        } catch (DomainException e) {
            DomainMessages.sendError(404);
        }
    }

    public String withdraw() {
        try {
            library.withdraw(caller.get(), DocumentResource.uuid(id));
            DomainMessages.infoAfterRedirect(DomainMessages.text("library.document.withdrawn"));
            return DocumentPages.LIST + "index.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            DomainMessages.error(e);
            return null;
        }
    }

    public Document getDocument() {
        return document;
    }

    public String getExcerpt() {
        if (excerpt == null && document != null) {
            // extracted text keeps the layout's runs of (non-breaking) spaces: fold them for a narrow screen
            String text = files.text(document.file().id()).replaceAll("[ \\t\\u00A0]+", " ").replaceAll("\\n\\s*\\n\\s*(\\n\\s*)+", "\n\n");
            excerpt = text.length() <= EXCERPT_LENGTH ? text : text.substring(0, text.lastIndexOf(' ', EXCERPT_LENGTH) + 1) + "…";
        }
        return excerpt;
    }

    public List<SearchResults.Hit> getSimilar() {
        if (similar == null && document != null) {
            similar = searches.similar(caller.get(), Library.KIND + ":" + document.id(), SIMILAR);
        }
        return similar;
    }

    /** The search for a theme, filtered on it: the address encoded (themes have spaces, accents, ampersands). */
    public String themeLink(String theme) {
        String encoded = java.net.URLEncoder.encode(theme, java.nio.charset.StandardCharsets.UTF_8);
        return "/recherche.xhtml?q=" + encoded + "&theme=" + encoded;
    }

    public boolean isCanChange() {
        return document != null && Library.mayChange(caller.get(), document);
    }

    public String getDate() {
        return document == null || document.date() == null ? ""
                : document.date().label(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getFileUrl() {
        return DocumentPages.file(document.id());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
