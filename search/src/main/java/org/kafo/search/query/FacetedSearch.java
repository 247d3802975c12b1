package org.kafo.search.query;

import static org.kafo.search.schema.SearchFields.DIM_KIND;
import static org.kafo.search.schema.SearchFields.DIM_ORGANISATION;
import static org.kafo.search.schema.SearchFields.DIM_THEME;
import static org.kafo.search.schema.SearchFields.DIM_YEAR;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kafo.search.analysis.KafoFrenchAnalyzer;
import org.kafo.search.expansion.QueryExpansions;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.ConcurrentDrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.kafo.search.query.SearchResults.FacetCount;
import org.kafo.search.schema.FacetSchema;
import org.kafo.search.schema.SearchFields;

/**
 * Runs a {@link SearchRequest} for a {@link Viewer}: text query, visibility filter, facet filters
 * as drill-down, facet counts drill-sideways (see {@link SearchResults}) with the exact total in a
 * pass that scores nothing, then one page of hits, ranked in a pass of its own, with snippets.
 *
 * <p>A query as people type it: every word required when some visible record holds them all. When none does, a word
 * that no visible record holds is also looked for in the spellings the visible records hold ({@link Speller}), and
 * the results propose the corrected query; if that is not enough either, the query relaxes: most of the words, then
 * fewer, down to one ({@link SearchResults#relaxed()}). Ranking adds to each record's score the score of its best
 * passage ({@link BestPassages}), whose best sentences are the hit's snippet.
 */
public final class FacetedSearch {

    /** The dims the search page shows, in that order. */
    public static final List<String> DIMS = List.of(DIM_KIND, DIM_YEAR, DIM_ORGANISATION, DIM_THEME);

    /**
     * Fewer visible records than this holding every word, and the search tries corrections, then fewer words. One:
     * whether any record matches is all a step needs to know, and the first match ends that check.
     */
    static final int ENOUGH = 1;
    /** The first records by score are ranked again with their best passage: a page never reaches beyond by itself. */
    static final int RERANK_WINDOW = 50;
    /**
     * How much a record's best passage adds to its score when the query has several units: a passage holding them
     * together is the evidence the record-wide score lacks. For a single word, the record's own score says it all.
     */
    static final float PASSAGE_WEIGHT = 0.5f;

    private static final Sort NEWEST_FIRST = newestFirst();

    private FacetedSearch() {
    }

    /**
     * @param facetState facet ordinals of the searcher's reader, {@code null} while nothing is indexed
     * @throws InvalidQueryException when the text cannot be searched
     */
    public static SearchResults run(IndexSearcher searcher, SortedSetDocValuesReaderState facetState,
            KafoFrenchAnalyzer analyzer, SearchRequest request, Viewer viewer) throws IOException {
        return run(searcher, facetState, analyzer, QueryExpansions.none(), request, viewer);
    }

    /**
     * @param expansions place spellings and translations the query also looks for
     * @throws InvalidQueryException when the text cannot be searched
     */
    public static SearchResults run(IndexSearcher searcher, SortedSetDocValuesReaderState facetState,
            KafoFrenchAnalyzer analyzer, QueryExpansions expansions, SearchRequest request, Viewer viewer) throws IOException {
        QueryPlan plan = new UserQueryParser(analyzer, expansions).plan(request.text());
        List<SearchResults.Expansion> notes = new ArrayList<>();
        plan.expansions().forEach(e -> notes.add(new SearchResults.Expansion(e.kind().name().toLowerCase(Locale.ROOT),
                e.typed(), e.language(), e.alternatives())));
        if (facetState == null) {
            return new SearchResults(0, List.of(), counts(null), false, null, notes);
        }
        Query visible = VisibilityFilter.forViewer(viewer);
        Query text = plan.strict();
        boolean relaxed = false;
        String suggestion = null;
        // Counting needs every match but no score: Lucene may then skip scoring and reuse a cached match set.
        ConcurrentDrillSidewaysResult<Integer> counted = count(searcher, facetState, drillDown(text, visible, request));
        if (counted.collectorResult < ENOUGH) {
            Map<Integer, List<String>> corrections = new LinkedHashMap<>();
            Map<String, String> replacements = new LinkedHashMap<>();
            for (int i = 0; i < plan.units().size(); i++) {
                QueryPlan.Unit unit = plan.units().get(i);
                if (unit.word() != null && !anyVisible(searcher, unit.text(), visible)) {
                    List<String> spellings = Speller.corrections(searcher, unit.word(), visible);
                    if (!spellings.isEmpty()) {
                        corrections.put(i, spellings);
                        String word = KafoFrenchAnalyzer.fold(unit.word().replace('\u2019', '\''));
                        replacements.put(word, word.substring(0, word.lastIndexOf('\'') + 1) + spellings.get(0));
                        notes.add(new SearchResults.Expansion("spelling", unit.word(), null, spellings));
                    }
                }
            }
            if (!corrections.isEmpty()) {
                plan = plan.corrected(corrections);
                suggestion = plan.typedWith(replacements);
                text = plan.strict();
            }
            if (!anyVisible(searcher, drillDown(text, visible, request), visible)) {
                for (int minimum : ladder(plan.units().size())) {
                    Query fewer = plan.relaxed(minimum);
                    if (anyVisible(searcher, drillDown(fewer, visible, request), visible)) {
                        text = fewer;
                        relaxed = true;
                        break;
                    }
                }
            }
            if (relaxed || !corrections.isEmpty()) {
                counted = count(searcher, facetState, drillDown(text, visible, request));
            }
        }
        DrillDownQuery drillDown = drillDown(text, visible, request);
        int depth = (request.page() + 1) * request.pageSize();
        ScoreDoc[] ranked;
        Map<Integer, BestPassages.Best> best;
        Query passages = plan.passages();
        if (request.sort() == SearchRequest.Sort.DATE) {
            TopDocs top = searcher.search(drillDown, new TopFieldCollectorManager(NEWEST_FIRST, depth, null, depth, false));
            TopFieldCollector.populateScores(top.scoreDocs, searcher, drillDown);
            ranked = slice(top.scoreDocs, request);
            best = BestPassages.of(searcher, passages, visible, ranked);
        } else if (plan.units().size() < 2) {
            // one unit: the record's own score says it all, passages give the snippet only
            TopDocs top = searcher.search(drillDown, new TopScoreDocCollectorManager(depth, null, depth, false));
            ranked = slice(top.scoreDocs, request);
            best = BestPassages.of(searcher, passages, visible, ranked);
        } else {
            // Ranking needs the best few only: scored apart, it may skip what cannot reach the page.
            int window = Math.max(depth, RERANK_WINDOW);
            TopDocs top = searcher.search(drillDown, new TopScoreDocCollectorManager(window, null, window, false));
            best = BestPassages.of(searcher, passages, visible, top.scoreDocs);
            float weight = PASSAGE_WEIGHT;
            ScoreDoc[] rescored = new ScoreDoc[top.scoreDocs.length];
            for (int i = 0; i < rescored.length; i++) {
                ScoreDoc doc = top.scoreDocs[i];
                BestPassages.Best passage = best.get(doc.doc);
                rescored[i] = new ScoreDoc(doc.doc, doc.score + (passage == null ? 0 : weight * passage.score()));
            }
            Arrays.sort(rescored, Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed()
                    .thenComparingInt(d -> d.doc));
            ranked = slice(rescored, request);
        }
        String[] snippets = new String[ranked.length];
        Integer[] numbers = new Integer[ranked.length];
        List<Integer> passageDocs = BestPassages.docs(ranked, best);
        String[] highlighted = Snippets.ofPassages(searcher, analyzer, passages,
                passageDocs.stream().mapToInt(Integer::intValue).toArray());
        for (int i = 0, p = 0; i < ranked.length; i++) {
            BestPassages.Best passage = best.get(ranked[i].doc);
            snippets[i] = passage == null ? "" : highlighted[p++];
            numbers[i] = passage == null ? null : passage.number();
        }
        return new SearchResults(counted.collectorResult, HitReader.read(searcher, ranked, snippets, numbers),
                counts(counted.facets), relaxed, suggestion, notes);
    }

    /** How many of {@code units} to require, fewer and fewer: all but one, two thirds, half, one. */
    static List<Integer> ladder(int units) {
        Set<Integer> steps = new LinkedHashSet<>();
        for (int minimum : new int[] {units - 1, (int) Math.ceil(units * 2 / 3.0), (int) Math.ceil(units / 2.0), 1}) {
            if (minimum >= 1 && minimum < units) {
                steps.add(minimum);
            }
        }
        return List.copyOf(steps);
    }

    private static ConcurrentDrillSidewaysResult<Integer> count(IndexSearcher searcher,
            SortedSetDocValuesReaderState facetState, DrillDownQuery drillDown) throws IOException {
        return new DrillSideways(searcher, FacetSchema.config(), facetState).search(drillDown, new TotalHitCountCollectorManager());
    }

    private static DrillDownQuery drillDown(Query text, Query visible, SearchRequest request) {
        Query visibleMatches = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(visible, Occur.FILTER)
                .build();
        DrillDownQuery drillDown = new DrillDownQuery(FacetSchema.config(), visibleMatches);
        request.kinds().forEach(kind -> drillDown.add(DIM_KIND, kind));
        request.years().forEach(year -> drillDown.add(DIM_YEAR, String.valueOf(year)));
        request.organisations().forEach(organisation -> drillDown.add(DIM_ORGANISATION, organisation));
        request.themes().forEach(theme -> drillDown.add(DIM_THEME, theme));
        return drillDown;
    }

    /** Whether any record the viewer may see matches. */
    private static boolean anyVisible(IndexSearcher searcher, Query query, Query visible) throws IOException {
        return searcher.search(new BooleanQuery.Builder().add(query, Occur.FILTER).add(visible, Occur.FILTER).build(), 1)
                .scoreDocs.length > 0;
    }

    private static ScoreDoc[] slice(ScoreDoc[] ranked, SearchRequest request) {
        int from = Math.min(request.page() * request.pageSize(), ranked.length);
        int to = Math.min(from + request.pageSize(), ranked.length);
        return Arrays.copyOfRange(ranked, from, to);
    }

    private static Map<String, List<FacetCount>> counts(Facets facets) throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (String dim : DIMS) {
            FacetResult result = facets == null ? null : facets.getAllChildren(dim);
            List<FacetCount> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new FacetCount(value.label, value.value.intValue()));
                }
            }
            values.sort(DIM_YEAR.equals(dim)
                    ? Comparator.comparing(FacetCount::value).reversed()
                    : Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value));
            counts.put(dim, List.copyOf(values));
        }
        return counts;
    }

    /** Newest first; undated records last; equal dates by relevance. */
    private static Sort newestFirst() {
        SortField date = new SortField(SearchFields.DATE_SORT, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }
}
