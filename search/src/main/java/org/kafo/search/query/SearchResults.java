package org.kafo.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of hits with the facet counts of the whole result.
 *
 * <p>Facet counts are drill-sideways counts: each dim is counted with every filter applied except
 * its own, so choosing "alert" still shows how many documents or events would match, and a dim's
 * other values remain selectable. Counts cover only records the viewer may see and that match the
 * text.
 *
 * @param totalHits exact number of matching records visible to the viewer
 * @param hits the requested page
 * @param facets for each of "kind", "year", "organisation", "theme" (always present, maybe empty):
 *     values with their counts, most frequent first; years newest first
 */
public record SearchResults(long totalHits, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One matching record.
     *
     * @param snippet HTML: text escaped, matched words in {@code <mark>…</mark>}; the beginning of
     *     the body when the body itself did not match
     * @param title plain text, to be escaped by the page
     * @param score relevance score (also filled when sorting by date)
     */
    public record Hit(
            String id,
            String kind,
            String title,
            String snippet,
            String link,
            LocalDate date,
            Integer year,
            float score) {
    }

    /** A facet value and how many matching records have it. */
    public record FacetCount(String value, int count) {
    }
}
