package org.kafo.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.DocumentDetails;
import org.kafo.domain.library.DocumentKind;
import org.kafo.domain.library.DuplicateDocumentException;
import org.kafo.domain.library.Library;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /bibliotheque/deposer.xhtml}: a file and what it is; refusals in French, nothing kept. Its fields
 * (WEB-INF/includes/library/document-fields.xhtml) serve the edit page too.
 */
@Named
@RequestScoped
public class DepositPage {

    /** Languages of the network's documents, most frequent first (other codes go through the API). */
    static final List<String> LANGUAGES = List.of("fr", "en", "es", "ar", "pt", "bm");

    @Inject
    CurrentCaller caller;

    @Inject
    Library library;

    @Inject
    StoredFiles files;

    @Inject
    TenantRegistry tenants;

    private UploadedFile file;
    private String title;
    private String kind;
    private String authorOrganisation;
    private String date;
    private String place;
    private String language = "fr";
    private String themes;
    private String sourceUrl;
    private String visibility = "PRIVATE";
    private List<String> partners = new ArrayList<>();
    private DuplicateDocumentException duplicate;

    public String deposit() {
        try {
            if (file == null || file.getSize() == 0) {
                throw DomainException.invalid("file", PageMessages.text("library.deposit.noFile"));
            }
            files.limit().check(file.getFileName(), file.getSize());
            DocumentDetails details = DocumentDetails.of(title, kind, authorOrganisation, date, place, language,
                    DocumentDetails.splitThemes(themes), sourceUrl);
            Document document = library.deposit(caller.get(), details, Visibility.parse(visibility), Set.copyOf(partners),
                    new IncomingFile(file.getFileName(), file.getContent()));
            PageMessages.done(PageMessages.text("library.deposit.done"));
            return "/bibliotheque/document.xhtml?faces-redirect=true&id=" + document.id();
        } catch (DuplicateDocumentException e) {
            duplicate = e;
            return null;
        } catch (DomainException e) {
            PageMessages.refused(e);
            return null;
        }
    }

    /** The form as the document now is (for {@link EditPage}). */
    void fillFrom(Document document) {
        DocumentDetails details = document.details();
        title = details.title();
        kind = details.kind().name();
        authorOrganisation = details.authorOrganisation();
        date = details.date() == null ? null : details.date().iso();
        place = details.place();
        language = details.language();
        themes = String.join(", ", details.themes());
        sourceUrl = details.sourceUrl();
        visibility = document.visibility().name();
        partners = new ArrayList<>(document.partnerTenants());
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }
    public String getLimit() {
        return files.limit().label();
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getAuthorOrganisation() {
        return authorOrganisation;
    }

    public void setAuthorOrganisation(String authorOrganisation) {
        this.authorOrganisation = authorOrganisation;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public List<String> getPartners() {
        return partners;
    }

    public void setPartners(List<String> partners) {
        this.partners = partners;
    }
}
