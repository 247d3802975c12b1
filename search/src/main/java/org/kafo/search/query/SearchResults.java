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
 * @param relaxed true when no record held every word and the hits hold only some of them ("résultats contenant une
 *     partie des mots")
 * @param suggestion the query with its unknown words spelled as the visible records spell them ("Vouliez-vous dire :
 *     expulsés libye ?"), or {@code null}; the hits already include what it finds
 * @param expansions what the query also looked for: places in their other spellings, translations of English or
 *     Spanish words, spellings of words the index does not hold
 */
public record SearchResults(long totalHits, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean relaxed,
                            String suggestion, List<Expansion> expansions) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        expansions = expansions == null ? List.of() : List.copyOf(expansions);
    }

    public SearchResults(long totalHits, List<Hit> hits, Map<String, List<FacetCount>> facets) {
        this(totalHits, hits, facets, false, null, List.of());
    }

    /**
     * One matching record.
     *
     * @param snippet HTML: text escaped, matched words in {@code <mark>…</mark>}; the beginning of
     *     the body when the body itself did not match
     * @param title plain text, to be escaped by the page
     * @param score relevance score (also filled when sorting by date)
     * @param passage number (from 0) of the passage of the body the snippet comes from, {@code null} for a record
     *     without body; the record's page may open there
     */
    public record Hit(
            String id,
            String kind,
            String title,
            String snippet,
            String link,
            LocalDate date,
            Integer year,
            float score,
            Integer passage) {

        /** The same hit with another link (the portal adds the passage's anchor). */
        public Hit withLink(String value) {
            return new Hit(id, kind, title, snippet, value, date, year, score, passage);
        }
    }

    /**
     * What one typed word or phrase also looked for.
     *
     * @param kind "place" (other spellings of a place), "translation" (French for an English or Spanish word) or
     *     "spelling" (words the visible records hold, for a word none holds)
     * @param typed as typed
     * @param language "en" or "es" for a translation, otherwise {@code null}
     * @param alternatives what was looked for besides the typed text
     */
    public record Expansion(String kind, String typed, String language, List<String> alternatives) {
        public Expansion {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** A facet value and how many matching records have it. */
    public record FacetCount(String value, int count) {
    }
}
