package org.kafo.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kafo.search.testing.Corpus.id;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kafo.search.index.SearchIndex;
import org.kafo.search.query.SearchResults.Hit;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.testing.Corpus;

/**
 * The fixed French query set over the real demo corpus. Expected hits were found by reading the
 * texts (grep on the files, accents and case ignored), not by running this analyzer.
 */
class FrenchQuerySetTest {

    @TempDir
    static Path dir;

    private static SearchIndex index;

    @BeforeAll
    static void indexCorpus() throws IOException {
        index = SearchIndex.open(dir);
        for (SearchDocument document : Corpus.documents("ame")) {
            index.upsert(document);
        }
        index.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static Stream<Arguments> querySet() {
        return Stream.of(
                // accents optional, plurals stemmed
                Arguments.of("expulses libye", Set.of("2008", "2014", "2017")),
                Arguments.of("expulsés Libye", Set.of("2008", "2014", "2017")),
                Arguments.of("refoules", Set.of("2007", "2008", "2014")),
                Arguments.of("rapatriés OU rapatriement", Set.of("2007", "2008", "2014", "2017")),
                // elision, straight or curly
                Arguments.of("l'aéroport", Set.of("2008", "2014", "2017")),
                Arguments.of("l’aeroport", Set.of("2008", "2014", "2017")),
                // acronyms match whole, whatever the case
                Arguments.of("TOKTEN", Set.of("2007", "2014", "2017")),
                Arguments.of("CIGEM", Set.of("2007", "2014")),
                Arguments.of("cigem", Set.of("2007", "2014")),
                Arguments.of("PONAM", Set.of("2017")),
                Arguments.of("OIM", Set.of("2007")),
                Arguments.of("AME", Set.of("2008", "2014", "2025")),
                Arguments.of("HCR", Set.of()),
                // phrases (stop words inside keep their place)
                Arguments.of("\"migrants de retour\"", Set.of("2014", "2017", "2025")),
                Arguments.of("« migrants de retour »", Set.of("2014", "2017", "2025")),
                Arguments.of("\"retour de migrants\"", Set.of("2025")), // "le retour du migrant"
                Arguments.of("\"migrants retour\"", Set.of()), // the dropped "de" still holds its place
                // the last word is a prefix while typing
                Arguments.of("expul", Set.of("2008", "2014", "2017", "2025")),
                Arguments.of("korof", Set.of("2008")),
                Arguments.of("Kidal expul", Set.of("2008", "2014")),
                Arguments.of("\"migrants de retour\" réinser", Set.of("2014", "2017", "2025")),
                // operators
                Arguments.of("ponam OU korofina", Set.of("2008", "2017")),
                Arguments.of("tokten -cigem", Set.of("2017")),
                Arguments.of("libye (ponam OU korofina)", Set.of("2008", "2017")),
                // lenient with unpaired quotes and parentheses
                Arguments.of("\"korofina", Set.of("2008")),
                Arguments.of("tokten (cigem", Set.of("2007", "2014")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("querySet")
    void finds_the_documents_that_contain_the_words(String text, Set<String> years) {
        SearchResults results = search(text);
        assertThat(ids(results)).isEqualTo(years.stream().map(Corpus::id).collect(Collectors.toSet()));
        assertThat(results.totalHits()).isEqualTo(years.size());
    }

    @ParameterizedTest
    @MethodSource("longestQueries")
    void the_longest_allowed_queries_run(String text) {
        assertThat(text.length()).isEqualTo(UserQueryParser.MAX_LENGTH);
        // 250 words in three fields stay under Lucene's 1,024-clause limit: no TooManyClauses
        assertThatCode(() -> search(text)).doesNotThrowAnyException();
    }

    static Stream<String> longestQueries() {
        return Stream.of(
                "b ".repeat(249) + "bc", // 250 words, each searched in three fields
                "b-".repeat(249) + "bc", // the same as one hyphenated word
                "\"b c\" ".repeat(83) + "bc", // 83 phrases
                "(b | c) ".repeat(62) + "bcd*");
    }

    @Test
    void a_word_in_the_title_ranks_first() {
        // "Réalisations" is in the 2017 title; 2007 and 2014 only use the word in their text
        List<Hit> hits = search("réalisations").hits();
        assertThat(hits).extracting(Hit::id).startsWith(id("2017"));
    }

    @Test
    void snippets_mark_the_matched_words_in_the_text() {
        Hit hit = search("korofina").hits().get(0);
        assertThat(hit.snippet()).containsIgnoringCase("<mark>Korofina</mark>");
        assertThat(hit.snippet().length()).isLessThan(600);
    }

    @Test
    void snippets_mark_prefix_and_phrase_matches() {
        assertThat(search("korof").hits().get(0).snippet()).containsIgnoringCase("<mark>Korofina</mark>");
        Hit article = search("\"migrants de retour\"").hits().stream()
                .filter(hit -> hit.id().equals(id("2025"))).findFirst().orElseThrow();
        assertThat(article.snippet()).contains("<mark>");
    }

    @Test
    void hits_carry_what_the_result_list_shows() {
        Hit hit = search("PONAM").hits().get(0);
        assertThat(hit.kind()).isEqualTo(Corpus.KIND);
        assertThat(hit.title()).startsWith("Réalisations du Ministère des Maliens de l'Extérieur");
        assertThat(hit.link()).isEqualTo("/bibliotheque/2017-mme-realisations-le-mali-d-abord");
        assertThat(hit.year()).isEqualTo(2017);
        assertThat(hit.date()).isNull();
        assertThat(hit.score()).isPositive();
    }

    @Test
    void sorting_by_date_puts_the_newest_first() {
        SearchRequest byDate = new SearchRequest("migrants", null, null, null, null, SearchRequest.Sort.DATE, 0, 10);
        assertThat(index.search(byDate, Viewer.anonymous()).hits()).extracting(Hit::id)
                .containsExactly(id("2025"), id("2017"), id("2014"), id("2008"), id("2007"));
    }

    @Test
    void facets_count_the_matching_documents_by_kind_year_organisation_theme() {
        SearchResults results = search("TOKTEN");
        assertThat(results.facets()).containsOnlyKeys("kind", "year", "organisation", "theme");
        assertThat(results.facets().get("kind")).containsExactly(new SearchResults.FacetCount(Corpus.KIND, 3));
        assertThat(results.facets().get("year")).extracting(SearchResults.FacetCount::value)
                .containsExactly("2017", "2014", "2007");
        assertThat(results.facets().get("organisation")).containsExactlyInAnyOrder(
                new SearchResults.FacetCount("Association Malienne des Expulsés (AME)", 1),
                new SearchResults.FacetCount("Ministère des Maliens de l'Extérieur", 1));
        assertThat(results.facets().get("theme")).first()
                .isEqualTo(new SearchResults.FacetCount("TOKTEN", 3));
    }

    @Test
    void a_theme_filter_keeps_the_other_themes_counted_drill_sideways() {
        SearchRequest request = new SearchRequest("migrants", null, null, null, Set.of("PONAM"),
                SearchRequest.Sort.RELEVANCE, 0, 10);
        SearchResults results = index.search(request, Viewer.anonymous());
        assertThat(ids(results)).containsExactly(id("2017"));
        // the theme dim ignores its own filter: every theme of the five documents stays selectable
        assertThat(results.facets().get("theme")).extracting(SearchResults.FacetCount::value)
                .contains("PONAM", "CIGEM", "séminaire");
        // other dims are counted on the filtered result
        assertThat(results.facets().get("year")).containsExactly(new SearchResults.FacetCount("2017", 1));
    }

    @Test
    void filters_by_year_and_organisation_combine() {
        SearchRequest request = new SearchRequest("migrants", Set.of(Corpus.KIND), Set.of(2008, 2014),
                Set.of("Association Malienne des Expulsés (AME)"), null, SearchRequest.Sort.RELEVANCE, 0, 10);
        assertThat(ids(index.search(request, Viewer.anonymous()))).containsExactlyInAnyOrder(id("2008"), id("2014"));
    }

    @Test
    void paging_returns_the_requested_slice_and_the_full_total() {
        SearchRequest first = new SearchRequest("migrants", null, null, null, null, SearchRequest.Sort.DATE, 0, 2);
        SearchRequest third = new SearchRequest("migrants", null, null, null, null, SearchRequest.Sort.DATE, 2, 2);
        assertThat(index.search(first, Viewer.anonymous()).hits()).extracting(Hit::id)
                .containsExactly(id("2025"), id("2017"));
        SearchResults last = index.search(third, Viewer.anonymous());
        assertThat(last.hits()).extracting(Hit::id).containsExactly(id("2007"));
        assertThat(last.totalHits()).isEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("years")
    void more_like_this_finds_other_documents_never_itself(String year) {
        List<Hit> similar = index.moreLikeThis(id(year), Viewer.anonymous(), 10);
        assertThat(similar).isNotEmpty().extracting(Hit::id).doesNotContain(id(year));
    }

    static Stream<String> years() {
        return Stream.of("2007", "2008", "2014", "2017", "2025");
    }

    @Test
    void suggestions_offer_titles_while_typing() {
        assertThat(index.suggest("Protection des mig", Viewer.anonymous(), 5))
                .extracting(Suggestion::id).containsExactly(id("2025"));
        assertThat(index.suggest("réalis", Viewer.anonymous(), 5))
                .extracting(Suggestion::id).containsExactly(id("2017"));
        // only the 2008 title has the word; the 2014 report is by the AME but its title does not say so
        assertThat(index.suggest("expuls", Viewer.anonymous(), 5))
                .extracting(Suggestion::id).containsExactly(id("2008"));
        assertThat(index.suggest("e", Viewer.anonymous(), 5)).isEmpty();
    }

    private static SearchResults search(String text) {
        return index.search(new SearchRequest(text, null, null, null, null, SearchRequest.Sort.RELEVANCE, 0, 100),
                Viewer.anonymous());
    }

    private static Set<String> ids(SearchResults results) {
        return results.hits().stream().map(Hit::id).collect(Collectors.toSet());
    }
}
