package org.kafo.search.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.kafo.search.schema.FacetSchema;
import org.kafo.search.schema.Passages;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.SearchFields;

/**
 * Maps a {@link SearchDocument} to the block of Lucene documents described in {@link SearchFields}: one document per
 * passage of the body, then the record's own document (the block's last, as Lucene's block joins expect).
 */
final class DocumentFactory {

    /** Stored for "more like this", analyzed with frequencies for its statistics; snippets come from the passages. */
    private static final FieldType BODY_TYPE = bodyType();
    /** Analyzed and stored, with offsets in the postings so the highlighter need not analyze the passage again. */
    private static final FieldType PASSAGE_TYPE = passageType();
    /** The spell checker's words: which records hold them, nothing more. */
    private static final FieldType WORDS_TYPE = wordsType();

    private DocumentFactory() {
    }

    static List<Document> toLucene(SearchDocument source) throws IOException {
        List<Document> block = new ArrayList<>();
        for (Passages.Passage passage : Passages.split(source.body())) {
            Document doc = new Document();
            addRoot(doc, source.id(), SearchFields.PASSAGE_DOC);
            doc.add(new Field(SearchFields.PASSAGE, passage.text(), PASSAGE_TYPE));
            doc.add(new NumericDocValuesField(SearchFields.PASSAGE_NO, passage.number()));
            addVisibility(doc, source);
            block.add(doc);
        }
        block.add(record(source));
        return block;
    }

    private static Document record(SearchDocument source) throws IOException {
        Document doc = new Document();
        addRoot(doc, source.id(), SearchFields.RECORD);
        doc.add(new StringField(SearchFields.ID, source.id(), Field.Store.YES));
        doc.add(new StringField(SearchFields.KIND, source.kind(), Field.Store.YES));
        doc.add(new TextField(SearchFields.TITLE, source.title(), Field.Store.YES));
        doc.add(new StringField(SearchFields.TITLE_KEY, SearchFields.titleKey(source.title()), Field.Store.NO));
        doc.add(new Field(SearchFields.BODY, source.body(), BODY_TYPE));
        doc.add(new TextField(SearchFields.TEXT, source.title(), Field.Store.NO));
        doc.add(new TextField(SearchFields.TEXT, source.body(), Field.Store.NO));
        doc.add(new Field(SearchFields.WORDS, source.title(), WORDS_TYPE));
        doc.add(new Field(SearchFields.WORDS, source.body(), WORDS_TYPE));
        addVisibility(doc, source);

        if (source.date() != null) {
            doc.add(new StoredField(SearchFields.DATE, source.date().toString()));
        }
        if (source.year() != null) {
            doc.add(new StoredField(SearchFields.YEAR, source.year()));
            LocalDate sortDate = source.date() != null ? source.date() : LocalDate.of(source.year(), 1, 1);
            doc.add(new NumericDocValuesField(SearchFields.DATE_SORT, sortDate.toEpochDay()));
        }
        if (source.link() != null) {
            doc.add(new StoredField(SearchFields.LINK, source.link()));
        }
        if (source.language() != null) {
            doc.add(new StringField(SearchFields.LANGUAGE, source.language(), Field.Store.YES));
        }

        addFacet(doc, SearchFields.DIM_KIND, source.kind());
        if (source.year() != null) {
            addFacet(doc, SearchFields.DIM_YEAR, String.valueOf(source.year()));
        }
        source.facets().forEach((dim, values) -> addFacets(doc, dim, values));
        return FacetSchema.config().build(doc);
    }

    private static void addRoot(Document doc, String id, String type) {
        doc.add(new StringField(SearchFields.ROOT, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(SearchFields.ROOT, new BytesRef(id)));
        doc.add(new StringField(SearchFields.DOC_TYPE, type, Field.Store.NO));
    }

    /** Passages carry their record's visibility too: a passage is only ever looked for among visible ones. */
    private static void addVisibility(Document doc, SearchDocument source) {
        doc.add(new StringField(SearchFields.VISIBILITY, source.visibility().name(), Field.Store.NO));
        if (source.ownerTenant() != null) {
            doc.add(new StringField(SearchFields.OWNER, source.ownerTenant(), Field.Store.NO));
        }
        for (String partner : source.partnerTenants()) {
            doc.add(new StringField(SearchFields.PARTNERS, partner, Field.Store.NO));
        }
    }

    private static void addFacets(Document doc, String dim, Set<String> values) {
        for (String value : values) {
            if (addFacet(doc, dim, value)) {
                doc.add(new TextField(SearchFields.TEXT, value, Field.Store.NO));
            }
        }
    }

    /** Blank values cannot be facet labels; control characters would break Lucene's label encoding. */
    private static boolean addFacet(Document doc, String dim, String value) {
        String label = value == null ? "" : value.replaceAll("\\p{Cntrl}", " ").strip();
        if (label.isEmpty()) {
            return false;
        }
        doc.add(new SortedSetDocValuesFacetField(dim, label));
        return true;
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static FieldType passageType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType wordsType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
