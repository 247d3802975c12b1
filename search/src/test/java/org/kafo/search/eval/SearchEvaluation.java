package org.kafo.search.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kafo.search.index.SearchIndex;
import org.kafo.search.query.SearchRequest;
import org.kafo.search.query.SearchResults;
import org.kafo.search.query.Viewer;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.testing.Corpus;

/**
 * The search evaluation (issue 18): indexes the demo corpus as the portal does, runs every query of
 * {@link EvaluationSet} as an anonymous visitor and reports, by kind of query, MRR@10 (the mean of 1/rank of the first
 * document that answers, 0 beyond ten), recall@3 (an answering document among the first three) and "snippet shows
 * the answer" (the snippet of the best-ranked answering document, within ten, shows the answer word). It measures and
 * reports; it asserts nothing.
 *
 * <p>{@code ./mvnw -B -pl search -Peval verify}: the report goes to {@code search/target/eval/search-evaluation.md}.
 */
public final class SearchEvaluation {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    static final int DEPTH = 10;

    private SearchEvaluation() {
    }

    /** What one query got: the rank of its first answering document (0 when none in ten) and whether its snippet shows the answer. */
    record Outcome(EvaluationSet.Query query, int rank, boolean shown, String snippet, List<String> top) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/eval"));
        List<Outcome> outcomes = run(Files.createTempDirectory("kafo-eval"));
        String report = report(outcomes);
        Files.writeString(out.resolve("search-evaluation.md"), report, StandardCharsets.UTF_8);
        OUT.println(report);
    }

    static List<Outcome> run(Path indexDir) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        try (SearchIndex index = SearchIndex.open(indexDir)) {
            for (SearchDocument document : Corpus.documents(null)) {
                index.upsert(document);
            }
            index.refresh();
            for (EvaluationSet.Query query : EvaluationSet.load()) {
                outcomes.add(outcome(index, query));
            }
        }
        return outcomes;
    }

    private static Outcome outcome(SearchIndex index, EvaluationSet.Query query) {
        List<SearchResults.Hit> hits;
        try {
            hits = index.search(new SearchRequest(query.text(), null, null, null, null, SearchRequest.Sort.RELEVANCE, 0, DEPTH),
                    Viewer.anonymous()).hits();
        } catch (IllegalArgumentException refused) { // a query the search refuses finds nothing
            hits = List.of();
        }
        List<String> top = hits.stream().map(hit -> hit.id().substring(hit.id().indexOf(':') + 1)).toList();
        for (int i = 0; i < hits.size(); i++) {
            if (query.expected().contains(top.get(i))) {
                String snippet = hits.get(i).snippet();
                return new Outcome(query, i + 1, query.shownIn(snippet), snippet, top);
            }
        }
        return new Outcome(query, 0, false, "", top);
    }

    /** MRR@10, recall@3 and the snippet rate of a group of outcomes. */
    record Figures(int queries, double mrr, double recallAt3, double shown) {
        static Figures of(List<Outcome> outcomes) {
            double mrr = outcomes.stream().mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank()).average().orElse(0);
            double recall = outcomes.stream().filter(o -> o.rank() >= 1 && o.rank() <= 3).count() / (double) outcomes.size();
            double shown = outcomes.stream().filter(Outcome::shown).count() / (double) outcomes.size();
            return new Figures(outcomes.size(), mrr, recall, shown);
        }
    }

    static Map<String, Figures> byKind(List<Outcome> outcomes) {
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (String kind : EvaluationSet.KINDS) {
            List<Outcome> ofKind = outcomes.stream().filter(o -> o.query().kind().equals(kind)).toList();
            if (!ofKind.isEmpty()) {
                figures.put(kind, Figures.of(ofKind));
            }
        }
        figures.put("all", Figures.of(outcomes));
        return figures;
    }

    static String report(List<Outcome> outcomes) {
        StringBuilder md = new StringBuilder("# Search evaluation\n\n");
        md.append(String.format(Locale.ROOT, "%d queries over the five documents of the demo corpus, as an anonymous visitor "
                + "(`search/src/test/resources/eval/queries.tsv`).%n%n", outcomes.size()));
        md.append("| kind | queries | MRR@10 | recall@3 | snippet shows the answer |\n|---|---|---|---|---|\n");
        byKind(outcomes).forEach((kind, f) -> md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n",
                kind, f.queries(), f.mrr(), f.recallAt3(), f.shown())));
        md.append("\n| kind | query | expected | rank | snippet | first hits |\n|---|---|---|---|---|---|\n");
        for (Outcome o : outcomes) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", o.query().kind(),
                    o.query().text().replace("|", "\\|"), String.join(" or ", o.query().expected().stream().sorted().toList()),
                    o.rank() == 0 ? "—" : String.valueOf(o.rank()), o.shown() ? "yes" : "no",
                    String.join(", ", o.top().subList(0, Math.min(3, o.top().size())))));
        }
        return md.toString();
    }
}
