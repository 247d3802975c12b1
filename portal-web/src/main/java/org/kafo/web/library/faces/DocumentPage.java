package org.kafo.web.library.faces;

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
import org.kafo.search.schema.Passages;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.library.DocumentPages;
import org.kafo.web.search.Searches;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /bibliotheque/document.xhtml?id=…&passage=N#passage-N}: one document, its file, its text in passages (opened
 * at the one a search found), its neighbours.
 */
@Named
@RequestScoped
public class DocumentPage {

    static final int SIMILAR = 5;
    /** Passages shown at once: a few phone screens, never a whole report over a slow link. */
    static final int WINDOW = 12;
    /** Passages shown before the one a search opened at, for its context. */
    static final int BEFORE = 2;

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
    private Integer passage;
    private Document document;
    private List<Passages.Passage> passages;
    private List<SearchResults.Hit> similar;

    public void load() {
        try {
            document = documents.find(caller.get(), Ids.parse(id));
        } catch (DomainException e) {
            PageMessages.sendError(404);
        }
    }

    public String withdraw() {
        try {
            library.withdraw(caller.get(), Ids.parse(id));
            PageMessages.done(PageMessages.text("library.document.withdrawn"));
            return DocumentPages.LIST + "index.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            PageMessages.refused(e);
            return null;
        }
    }

    public Document getDocument() {
        return document;
    }

    /**
     * The document's text as the search index cuts it ({@link Passages}: the same numbers as a hit's passage), a window
     * of {@link #WINDOW} passages starting a little before the one asked for ({@code passage=N}, which the address's
     * {@code #passage-N} scrolls to).
     */
    public List<Passages.Passage> getPassages() {
        if (passages == null && document != null) {
            passages = Passages.split(files.text(document.file().id()));
        }
        return passages == null ? List.of() : passages.subList(getFirst(), Math.min(passages.size(), getFirst() + WINDOW));
    }

    public int getFirst() {
        if (passages == null) {
            getPassages();
        }
        int size = passages == null ? 0 : passages.size();
        return passage == null ? 0 : Math.max(0, Math.min(passage - BEFORE, size - 1));
    }

    /** The window before this one, or {@code null} at the start. */
    public Integer getEarlier() {
        return getFirst() == 0 ? null : Math.max(0, getFirst() - WINDOW + BEFORE);
    }

    /** The window after this one, or {@code null} at the end. */
    public Integer getLater() {
        getPassages();
        return passages == null || getFirst() + WINDOW >= passages.size() ? null : getFirst() + WINDOW + BEFORE;
    }

    public boolean found(int number) {
        return passage != null && passage == number;
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

    public Integer getPassage() {
        return passage;
    }

    public void setPassage(Integer passage) {
        this.passage = passage == null || passage < 0 ? null : passage;
    }
}
