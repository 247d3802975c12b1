package org.kafo.search.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kafo.search.analysis.KafoFrenchAnalyzer;

/**
 * The evaluation set of {@code src/test/resources/eval/queries.tsv}: queries as the network's members type them,
 * each with the documents that answer it and a word the snippet must show.
 */
public final class EvaluationSet {

    /** The kinds of query, in the order reports list them. */
    public static final List<String> KINDS = List.of("question", "misspelling", "place", "english", "spanish", "keyword");

    private static final String RESOURCE = "/eval/queries.tsv";

    private EvaluationSet() {
    }

    /**
     * One query of the set.
     *
     * @param expected the corpus documents that answer it, by the year their file names start with
     * @param answers words the snippet may show (any one is enough)
     */
    public record Query(String kind, String text, Set<String> expected, List<String> answers) {

        /** Whether a snippet (HTML, matched words in {@code <mark>}) shows one of the answer words, accents and case aside. */
        public boolean shownIn(String snippet) {
            String text = plain(snippet);
            return answers.stream().anyMatch(word -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(KafoFrenchAnalyzer.fold(word))
                    + "(?![\\p{L}\\p{N}])").matcher(text).find());
        }
    }

    public static List<Query> load() {
        try (InputStream in = EvaluationSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            List<Query> queries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 4) {
                    throw new IllegalStateException("not four tab-separated columns: " + line);
                }
                queries.add(new Query(columns[0].strip(), columns[1].strip(), Set.of(columns[2].strip().split("\\|")),
                        List.of(columns[3].strip().split("\\|"))));
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of an HTML snippet, without marks or entities, lower case and without accents. */
    static String plain(String html) {
        String text = html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
        return KafoFrenchAnalyzer.fold(text);
    }
}
