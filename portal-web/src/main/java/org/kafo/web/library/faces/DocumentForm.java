package org.kafo.web.library.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.DocumentDetails;
import org.kafo.domain.library.DocumentKind;
import org.kafo.domain.tenancy.Visibility;

/**
 * What is said about a document and who sees it, as its form holds it ({@code <k:documentFields/>}): the deposit
 * ({@link DepositPage}) and the edit page ({@link DocumentEditPage}) share it. The domain checks it
 * ({@link DocumentDetails#of}, {@link Visibility#parse}).
 */
@Named
@RequestScoped
public class DocumentForm {

    /** Languages of the network's documents, most frequent first (other codes go through the API). */
    static final List<String> LANGUAGES = List.of("fr", "en", "es", "ar", "pt", "bm");

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

    /** What was typed, checked by the domain. */
    DocumentDetails details() {
        return DocumentDetails.of(title, kind, authorOrganisation, date, place, language, DocumentDetails.splitThemes(themes), sourceUrl);
    }

    Visibility shownTo() {
        return Visibility.parse(visibility);
    }

    Set<String> partnerTenants() {
        return Set.copyOf(partners);
    }

    /** The form as the document now is. */
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

    // The fields, as the form binds them.
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getAuthorOrganisation() { return authorOrganisation; }
    public void setAuthorOrganisation(String v) { authorOrganisation = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v; }
    public String getThemes() { return themes; }
    public void setThemes(String v) { themes = v; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String v) { sourceUrl = v; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String v) { visibility = v; }
    public List<String> getPartners() { return partners; }
    public void setPartners(List<String> v) { partners = v; }
}
