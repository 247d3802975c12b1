package org.kafo.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kafo.search.testing.Corpus;

/**
 * The evaluation set itself is honest: large enough, every kind of query represented, and each expected document
 * really holds the word its snippet must show (so a query can be answered at all).
 */
class EvaluationSetTest {

    private static final Map<String, String> TEXTS = new HashMap<>();

    @BeforeAll
    static void readCorpus() throws IOException {
        try (Stream<Path> files = Files.list(Corpus.directory())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                TEXTS.put(file.getFileName().toString().substring(0, 4),
                        EvaluationSet.plain(Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", " ")));
            }
        }
    }

    @Test
    void hasAtLeastEightyQueriesOfEveryKind() {
        List<EvaluationSet.Query> queries = EvaluationSet.load();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(80);
        assertThat(queries).extracting(EvaluationSet.Query::kind).containsOnly(EvaluationSet.KINDS.toArray(String[]::new));
        for (String kind : EvaluationSet.KINDS) {
            assertThat(queries).filteredOn(q -> q.kind().equals(kind)).as(kind).hasSizeGreaterThanOrEqualTo(12);
        }
        assertThat(queries).extracting(EvaluationSet.Query::text).doesNotHaveDuplicates();
    }

    @Test
    void everyExpectedDocumentShowsTheAnswerSomewhere() {
        for (EvaluationSet.Query query : EvaluationSet.load()) {
            for (String year : query.expected()) {
                assertThat(TEXTS).as("%s: document %s", query.text(), year).containsKey(year);
                assertThat(query.shownIn(TEXTS.get(year))).as("%s: %s in document %s", query.text(), query.answers(), year).isTrue();
            }
        }
    }

    @Test
    void aSnippetShowsTheAnswerOnlyAsAWholeWordAccentsAside() {
        EvaluationSet.Query query = new EvaluationSet.Query("question", "q", java.util.Set.of("2014"), List.of("Sénou", "278"));
        assertThat(query.shownIn("l'aéroport de Bamako-<mark>Senou</mark> a accueilli")).isTrue();
        assertThat(query.shownIn("a accueilli 278 personnes")).isTrue();
        assertThat(query.shownIn("a accueilli 2780 personnes")).isFalse();
        assertThat(query.shownIn("l'aéroport de Bamako")).isFalse();
    }
}
