package org.kafo.domain.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.files.StoredFile;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.SharedRecord;

/** A document of the knowledge base: what it is (its {@link DocumentDetails}), its file, who may see it. */
@Entity
@Table(name = "document")
public class Document extends SharedRecord {

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Column(name = "author_organisation")
    private String authorOrganisation;

    @Column(name = "published_year")
    private Integer publishedYear;

    @Column(name = "published_month")
    private Integer publishedMonth;

    @Column(name = "published_day")
    private Integer publishedDay;

    private String place;

    @Column(nullable = false)
    private String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_theme", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    @Column(name = "theme", nullable = false)
    private List<String> themes = new ArrayList<>();

    @Column(name = "source_url")
    private String sourceUrl;

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    private StoredFile file;

    /** Who deposited it, as shown on its page ("déposé par"). */
    @Column(name = "deposited_by", nullable = false, updatable = false)
    private String depositedBy;

    protected Document() {
    }

    /** A new document owned by {@code ownerTenant} ({@code null}: kept by the network), private until shared. */
    Document(String ownerTenant, DocumentDetails details, StoredFile file, Caller depositor) {
        super(ownerTenant);
        this.file = file;
        this.depositedBy = depositor.displayName() == null || depositor.displayName().isBlank()
                ? depositor.username() : depositor.displayName();
        describe(details);
    }

    /** Replaces what is said about the document; the file stays. */
    void describe(DocumentDetails details) {
        this.title = details.title();
        this.kind = details.kind();
        this.authorOrganisation = details.authorOrganisation();
        PublicationDate date = details.date();
        this.publishedYear = date == null ? null : date.year();
        this.publishedMonth = date == null ? null : date.month();
        this.publishedDay = date == null ? null : date.day();
        this.place = details.place();
        this.language = details.language();
        this.themes = new ArrayList<>(details.themes());
        this.sourceUrl = details.sourceUrl();
        touch();
    }

    public String title() {
        return title;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String authorOrganisation() {
        return authorOrganisation;
    }

    /** {@code null} when unknown. */
    public PublicationDate date() {
        return publishedYear == null ? null : new PublicationDate(publishedYear, publishedMonth, publishedDay);
    }

    public String place() {
        return place;
    }

    public String language() {
        return language;
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public StoredFile file() {
        return file;
    }

    public String depositedBy() {
        return depositedBy;
    }

    public DocumentDetails details() {
        return new DocumentDetails(title, kind, authorOrganisation, date(), place, language, themes(), sourceUrl);
    }
}
