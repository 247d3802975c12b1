package org.kafo.web.library.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.DocumentFilter;
import org.kafo.domain.library.DocumentKind;
import org.kafo.domain.library.Documents;
import org.kafo.domain.library.Library;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/** {@code /bibliotheque/}: the documents one may see, newest first, by type and year, a page at a time. */
@Named
@RequestScoped
public class LibraryPage {

    static final int PAGE_SIZE = 20;

    @Inject
    CurrentCaller caller;

    @Inject
    Documents documents;

    private String type;
    private String year;
    private int page;
    private List<Document> items = List.of();
    private long total;
    private List<Integer> years;

    public void load() {
        DocumentKind kind = null;
        Integer onlyYear = null;
        try {
            kind = type == null || type.isBlank() ? null : DocumentKind.require(type, "type");
            onlyYear = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (DomainException | NumberFormatException e) {
            PageMessages.error(PageMessages.text("library.list.badFilter"));
        }
        DocumentFilter filter = new DocumentFilter(kind, onlyYear);
        page = Math.max(0, page);
        total = documents.count(caller.get(), filter);
        items = documents.visible(caller.get(), filter, page * PAGE_SIZE, PAGE_SIZE);
    }

    public List<Document> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public boolean isLastPage() {
        return (long) (page + 1) * PAGE_SIZE >= total;
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public List<Integer> getYears() {
        if (years == null) {
            years = documents.years(caller.get());
        }
        return years;
    }

    public boolean isCanDeposit() {
        return Library.mayDeposit(caller.get());
    }

    /** "18 mars 2014", "2008", or nothing, in the page's language. */
    public String date(Document document) {
        return document.date() == null ? "" : document.date().label(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
