package org.kafo.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kafo.search.analysis.KafoFrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.kafo.search.schema.SearchFields;

/**
 * Titles offered while the user types: titles that start with the typed text first, then titles
 * with a word starting with the last typed word (the earlier words must be in the title too).
 * Only titles the viewer may see.
 */
public final class TitleSuggester {

    public static final int MIN_PREFIX_LENGTH = 2;
    public static final int MAX_RESULTS = 20;

    private static final Set<String> FIELDS = Set.of(
            SearchFields.ID, SearchFields.KIND, SearchFields.TITLE, SearchFields.LINK);

    private TitleSuggester() {
    }

    /** Empty for fewer than {@link #MIN_PREFIX_LENGTH} characters: too early to suggest anything. */
    public static List<Suggestion> suggest(IndexSearcher searcher, KafoFrenchAnalyzer analyzer, String prefix,
            Viewer viewer, int max) throws IOException {
        String typed = prefix == null ? "" : prefix.strip();
        if (typed.codePointCount(0, typed.length()) < MIN_PREFIX_LENGTH || max <= 0) {
            return List.of();
        }
        if (typed.length() > SearchFields.TITLE_KEY_LENGTH) {
            typed = typed.substring(0, SearchFields.TITLE_KEY_LENGTH);
        }
        Query startsWith = new PrefixQuery(new Term(SearchFields.TITLE_KEY, SearchFields.titleKey(typed)));
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(new BoostQuery(startsWith, 2f), Occur.SHOULD);
        Query words = titleWords(analyzer, typed);
        if (words != null) {
            either.add(words, Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(either.build(), Occur.MUST)
                .add(VisibilityFilter.forViewer(viewer), Occur.FILTER)
                .build();
        ScoreDoc[] top = searcher.search(query, Math.min(max, MAX_RESULTS)).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<Suggestion> suggestions = new ArrayList<>(top.length);
        for (ScoreDoc hit : top) {
            Document doc = stored.document(hit.doc, FIELDS);
            suggestions.add(new Suggestion(doc.get(SearchFields.ID), doc.get(SearchFields.KIND),
                    doc.get(SearchFields.TITLE), doc.get(SearchFields.LINK)));
        }
        return suggestions;
    }

    /** The typed words in the title, the last one as a prefix; operators are plain text here. */
    private static Query titleWords(KafoFrenchAnalyzer analyzer, String typed) {
        String plain = typed.replaceAll("[\"«»“”|+()*~-]", " ").strip();
        if (plain.isEmpty()) {
            return null;
        }
        Query query = new FrenchSimpleQueryParser(analyzer, Map.of(SearchFields.TITLE, 1f)).parse(plain + "*");
        return query instanceof MatchNoDocsQuery ? null : query;
    }
}
