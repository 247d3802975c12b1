package org.kafo.search.schema;

import org.apache.lucene.facet.FacetsConfig;
import org.kafo.search.analysis.KafoFrenchAnalyzer;

/**
 * Names of the Lucene fields. "Indexed" means searchable, "stored" means returned with a hit,
 * "doc values" means usable for sorting or facet counting.
 */
public final class SearchFields {

    /**
     * Bumped whenever a field below changes how it is indexed; an index committed under another
     * version is wiped and rebuilt on open.
     */
    public static final int SCHEMA_VERSION = 3;

    /** Unique record id ("alert:8f2…"): indexed as one term (the upsert/delete key), stored. */
    public static final String ID = "id";
    /** Record kind ("alert", "document" …): one term, stored; also the facet dim {@link #DIM_KIND}. */
    public static final String KIND = "kind";
    /** Title: analyzed (French), positions for phrases, stored; weighted above the body. */
    public static final String TITLE = "title";
    /** Whole title lower-cased and folded as one term, not stored: "title starts with" for suggestions. */
    public static final String TITLE_KEY = "title_key";
    /**
     * Body text: stored (for "more like this"), analyzed (French) with frequencies only: matching goes through
     * {@link #TEXT}, snippets through the passages.
     */
    public static final String BODY = "body";
    /**
     * What a Lucene document of the index is: {@link #RECORD} (one per shared record, with every field above and
     * below) or {@link #PASSAGE_DOC} (a paragraph-sized chunk of a record's body). One term, not stored.
     */
    public static final String DOC_TYPE = "doc_type";
    public static final String RECORD = "record";
    public static final String PASSAGE_DOC = "passage";
    /**
     * The record's id on the record and on each of its passages, written together as one block: one term (an upsert
     * or a delete replaces the whole block) and sorted doc values (a passage's hit is grouped with its record).
     */
    public static final String ROOT = "root";
    /** Passage documents: one chunk of the body (see {@link Passages}), analyzed (French), stored, offsets for snippets. */
    public static final String PASSAGE = "passage";
    /**
     * Passage documents: the passage's number in its record, from 0 (the page opens at {@code #passage-N}): numeric doc
     * values, read without decompressing the stored passage.
     */
    public static final String PASSAGE_NO = "passage_no";
    /**
     * Record documents: the title's and the body's words as written, folded, without stemming nor stop words; postings
     * without frequencies, not stored. The spell checker's vocabulary ({@link KafoFrenchAnalyzer#SURFACE_FIELD}).
     */
    public static final String WORDS = KafoFrenchAnalyzer.SURFACE_FIELD;
    /**
     * Everything a search matches, as one analyzed field with positions, not stored: the title, every facet
     * value (organisations, themes …: "TOKTEN" finds a record tagged so) and the body, each value apart so
     * that a phrase cannot run from one into the next. One postings list per word rather than one per field:
     * a broad query over 100,000 passages is counted and scored at about twice the speed.
     */
    public static final String TEXT = "text";
    /** Owner tenant alias: indexed as one term, not stored; absent for network-owned records. On passages too. */
    public static final String OWNER = "owner";
    /** {@link Visibility} name: indexed as one term, not stored. */
    public static final String VISIBILITY = "visibility";
    /** Partner tenant aliases (visibility PARTNERS): one term each, not stored. */
    public static final String PARTNERS = "partners";
    /** ISO date (yyyy-MM-dd): stored only. */
    public static final String DATE = "date";
    /** Sort key in epoch days (a year alone counts as its 1 January): numeric doc values only; absent when undated. */
    public static final String DATE_SORT = "date_sort";
    /** Year: stored only; filtering and counting go through the facet dim {@link #DIM_YEAR}. */
    public static final String YEAR = "year";
    /** Relative URL of the page showing the record: stored only. */
    public static final String LINK = "link";
    /** Language code ("fr"): indexed as one term, stored. */
    public static final String LANGUAGE = "language";
    /** Where Lucene keeps every facet dim: sorted-set doc values plus drill-down terms. */
    public static final String FACETS = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

    /** Facet dim of the record kind, taken from {@link SearchDocument#kind()}. */
    public static final String DIM_KIND = "kind";
    /** Facet dim of the year, taken from {@link SearchDocument#year()}. */
    public static final String DIM_YEAR = "year";
    /** Facet dim of the author or owner organisation, from {@link SearchDocument#facets()}. */
    public static final String DIM_ORGANISATION = "organisation";
    /** Facet dim of the themes, from {@link SearchDocument#facets()}. */
    public static final String DIM_THEME = "theme";

    /** Key of the caller's outbox watermark in the commit user data. */
    public static final String COMMIT_WATERMARK = "kafo.watermark";
    /** Key of {@link #SCHEMA_VERSION} in the commit user data. */
    public static final String COMMIT_SCHEMA = "kafo.schema";

    /** Longest title prefix kept in {@link #TITLE_KEY}; nobody types more in a search box. */
    public static final int TITLE_KEY_LENGTH = 200;

    private SearchFields() {
    }

    /**
     * The {@link #TITLE_KEY} form of a title or of what the user typed: lower case, folded, one space
     * between words, straight apostrophes.
     */
    public static String titleKey(String text) {
        String key = KafoFrenchAnalyzer.fold(text.replace('\u2019', '\'')).strip().replaceAll("\\s+", " ");
        return key.length() > TITLE_KEY_LENGTH ? key.substring(0, TITLE_KEY_LENGTH) : key;
    }
}
