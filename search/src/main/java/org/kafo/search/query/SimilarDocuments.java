package org.kafo.search.query;

import java.io.IOException;
import java.util.List;
import org.kafo.search.analysis.KafoFrenchAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.kafo.search.query.SearchResults.Hit;
import org.kafo.search.schema.SearchFields;

/**
 * "Documents like this one": the most distinctive words of a record's title and body (MoreLikeThis)
 * searched among the records the viewer may see, the record itself excluded.
 */
public final class SimilarDocuments {

    public static final int MAX_RESULTS = 50;

    private SimilarDocuments() {
    }

    /** Empty when the record does not exist or the viewer may not see it. */
    public static List<Hit> find(IndexSearcher searcher, KafoFrenchAnalyzer analyzer, String id, Viewer viewer, int max)
            throws IOException {
        if (id == null || max <= 0) {
            return List.of();
        }
        Query self = new TermQuery(new Term(SearchFields.ID, id));
        Query visible = VisibilityFilter.forViewer(viewer);
        TopDocs source = searcher.search(new BooleanQuery.Builder()
                .add(self, Occur.FILTER).add(visible, Occur.FILTER).build(), 1);
        if (source.scoreDocs.length == 0) {
            return List.of(); // an invisible record must not leak through its neighbours either
        }
        MoreLikeThis moreLikeThis = new MoreLikeThis(searcher.getIndexReader());
        moreLikeThis.setAnalyzer(analyzer);
        moreLikeThis.setFieldNames(new String[] {SearchFields.TITLE, SearchFields.BODY});
        // alerts and actors are a few lines long: a word seen once, in one other record, still counts;
        // for long documents the tf-idf ranking of the 30 query terms does the selecting
        moreLikeThis.setMinDocFreq(1);
        moreLikeThis.setMinTermFreq(1);
        moreLikeThis.setMaxQueryTerms(30);
        moreLikeThis.setBoost(true);
        Query like = moreLikeThis.like(source.scoreDocs[0].doc);
        Query similar = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(visible, Occur.FILTER)
                .add(self, Occur.MUST_NOT)
                .build();
        TopDocs top = searcher.search(similar, Math.min(max, MAX_RESULTS));
        String[] snippets = Snippets.ofBodies(searcher, analyzer, like, HitReader.docIds(top.scoreDocs));
        return HitReader.read(searcher, top.scoreDocs, snippets, new Integer[top.scoreDocs.length]);
    }
}
