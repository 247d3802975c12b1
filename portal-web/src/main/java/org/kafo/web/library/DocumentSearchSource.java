package org.kafo.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.Documents;
import org.kafo.domain.library.Library;
import org.kafo.domain.library.PublicationDate;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.SearchFields;
import org.kafo.search.schema.Visibility;
import org.kafo.web.indexing.SearchDocumentSource;

/**
 * Documents in the search index: the extracted text is the body; facets give the author organisation and
 * the themes (and the document type, whose name is searchable too). Who may find it is the document's own
 * owner, visibility and partners: the index applies the same rule as the repository.
 */
@ApplicationScoped
public class DocumentSearchSource implements SearchDocumentSource {

    /** Facet dim of the document type ("Rapport alternatif"), beside the four the search page shows. */
    static final String DIM_TYPE = "type";

    @Inject
    Documents documents;

    @Inject
    StoredFiles files;

    @Override
    public String kind() {
        return Library.KIND;
    }

    @Override
    public Optional<SearchDocument> document(String entityId) {
        return SearchDocumentSource.uuid(entityId).flatMap(documents::forIndex).map(this::toSearch);
    }

    @Override
    public Stream<String> allIds() {
        return documents.allIds().map(UUID::toString);
    }

    private SearchDocument toSearch(Document d) {
        PublicationDate date = d.date();
        SearchDocument.Builder builder = SearchDocument.builder(documentId(d.id().toString()), kind())
                .title(d.title())
                .body(files.text(d.file().id()))
                .owner(d.ownerTenant())
                .visibility(Visibility.valueOf(d.visibility().name()))
                .partners(d.partnerTenants())
                .link(DocumentPages.page(d.id()))
                .language(d.language())
                .facet(SearchFields.DIM_THEME, new LinkedHashSet<>(d.themes()))
                .facet(DIM_TYPE, Set.of(d.kind().label()));
        if (d.authorOrganisation() != null) {
            builder.facet(SearchFields.DIM_ORGANISATION, Set.of(d.authorOrganisation()));
        }
        if (date != null && date.fullDate() != null) {
            builder.date(date.fullDate());
        } else if (date != null) {
            builder.year(date.year());
        }
        return builder.build();
    }
}
