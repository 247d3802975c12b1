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
import java.util.List;
import java.util.Map;
import org.kafo.search.analysis.KafoFrenchAnalyzer;
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
 */
public final class FacetedSearch {

    /** The dims the search page shows, in that order. */
    public static final List<String> DIMS = List.of(DIM_KIND, DIM_YEAR, DIM_ORGANISATION, DIM_THEME);

    private static final Sort NEWEST_FIRST = newestFirst();

    private FacetedSearch() {
    }

    /**
     * @param facetState facet ordinals of the searcher's reader, {@code null} while nothing is indexed
     * @throws InvalidQueryException when the text cannot be searched
     */
    public static SearchResults run(IndexSearcher searcher, SortedSetDocValuesReaderState facetState,
            KafoFrenchAnalyzer analyzer, SearchRequest request, Viewer viewer) throws IOException {
        Query text = new UserQueryParser(analyzer).parse(request.text());
        if (facetState == null) {
            return new SearchResults(0, List.of(), counts(null));
        }
        Query visibleMatches = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(VisibilityFilter.forViewer(viewer), Occur.FILTER)
                .build();
        DrillDownQuery drillDown = new DrillDownQuery(FacetSchema.config(), visibleMatches);
        request.kinds().forEach(kind -> drillDown.add(DIM_KIND, kind));
        request.years().forEach(year -> drillDown.add(DIM_YEAR, String.valueOf(year)));
        request.organisations().forEach(organisation -> drillDown.add(DIM_ORGANISATION, organisation));
        request.themes().forEach(theme -> drillDown.add(DIM_THEME, theme));

        // Counting needs every match but no score: Lucene may then skip scoring and reuse a cached match set.
        // Ranking needs the best few only: scored apart, it may skip what cannot reach the page.
        ConcurrentDrillSidewaysResult<Integer> counted = new DrillSideways(searcher, FacetSchema.config(), facetState)
                .search(drillDown, new TotalHitCountCollectorManager());
        int depth = (request.page() + 1) * request.pageSize();
        TopDocs top = request.sort() == SearchRequest.Sort.DATE
                ? searcher.search(drillDown, new TopFieldCollectorManager(NEWEST_FIRST, depth, null, depth, false))
                : searcher.search(drillDown, new TopScoreDocCollectorManager(depth, null, depth, false));
        if (request.sort() == SearchRequest.Sort.DATE) {
            TopFieldCollector.populateScores(top.scoreDocs, searcher, drillDown);
        }
        int from = Math.min(request.page() * request.pageSize(), top.scoreDocs.length);
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        return new SearchResults(counted.collectorResult, HitReader.read(searcher, analyzer, text, page), counts(counted.facets));
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
