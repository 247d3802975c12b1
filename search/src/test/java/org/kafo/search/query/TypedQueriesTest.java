package org.kafo.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kafo.search.expansion.Gazetteer;
import org.kafo.search.index.SearchIndex;
import org.kafo.search.query.SearchResults.Hit;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.Visibility;
import org.kafo.search.testing.Corpus;

/**
 * Issue 18 over the real corpus: questions, misspellings, place spellings, English and Spanish, passages; and the
 * spelling proposed never reveals a word only records the viewer may not see hold.
 */
class TypedQueriesTest {

    @TempDir
    static Path dir;

    private static SearchIndex index;

    @BeforeAll
    static void indexCorpus() throws IOException {
        index = SearchIndex.open(dir);
        for (SearchDocument document : Corpus.documents("ame")) {
            index.upsert(document);
        }
        index.upsert(SearchDocument.builder("document:secret", "document").title("Note interne de La Cimade")
                .body("Le convoi de Zorglubville arrive demain.").owner("cimade").visibility(Visibility.PRIVATE).build());
        index.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static SearchResults search(String text) {
        return search(text, Viewer.anonymous());
    }

    private static SearchResults search(String text, Viewer viewer) {
        return index.search(SearchRequest.of(text), viewer);
    }

    @Test
    void aQuestionNeedsNotItsQuestionWordsAndItsSnippetShowsTheAnswer() {
        SearchResults results = search("combien de maliens ont été expulsés de France par Air France en 2007 ?");
        assertThat(results.relaxed()).isFalse();
        assertThat(results.hits()).extracting(Hit::id).first().isEqualTo(Corpus.id("2008"));
        assertThat(results.hits().get(0).snippet()).contains("479");
    }

    @Test
    void aMisspelledWordIsMatchedByTheSpellingTheIndexHoldsAndProposed() {
        SearchResults results = search("expulsés lybie");
        assertThat(results.suggestion()).isEqualTo("expulsés libye");
        assertThat(results.relaxed()).isFalse();
        assertThat(results.expansions()).anyMatch(e -> e.kind().equals("spelling") && e.alternatives().contains("libye"));
        assertThat(results.hits()).extracting(Hit::id).contains(Corpus.id("2008"), Corpus.id("2014"), Corpus.id("2017"));
    }

    @Test
    void whenNoRecordHoldsEveryWordTheSearchRelaxesAndSaysSo() {
        SearchResults results = search("Korofina zzyzx");
        assertThat(results.relaxed()).isTrue();
        assertThat(results.hits()).extracting(Hit::id).containsExactly(Corpus.id("2008"));
        assertThat(search("Korofina hébergement").relaxed()).isFalse();
    }

    @Test
    void aPlaceInAnotherSpellingFindsTheOneTheTextUses() {
        for (String spelling : new String[] {"Tinzaouaten", "Tin-Zaouatine", "Tin Zaouaten", "tinzaouatine"}) {
            SearchResults results = search(spelling);
            assertThat(results.hits()).as(spelling).extracting(Hit::id).containsExactlyInAnyOrder(Corpus.id("2008"), Corpus.id("2014"));
            assertThat(results.expansions()).as(spelling).anyMatch(e -> e.kind().equals("place") && e.alternatives().contains("Tinzawaten"));
        }
        assertThat(search("Aguelhok").hits()).extracting(Hit::id).containsExactly(Corpus.id("2014"));
    }

    @Test
    void theGazetteerTheNetworkKeepsReplacesTheBundledOneAtOnce() {
        assertThat(search("Zinzin-Waten").hits()).isEmpty();
        var bundled = index.expansions();
        try {
            index.expansions(bundled.withPlaces(Gazetteer.of(java.util.List.of(
                    new Gazetteer.Place("border post", "Tinzawaten", java.util.List.of("Zinzin-Waten"))))));
            assertThat(search("Zinzin-Waten").hits()).extracting(Hit::id).contains(Corpus.id("2008"));
            assertThat(search("Tinzaouaten").expansions()).noneMatch(e -> e.kind().equals("place")); // no longer kept
        } finally {
            index.expansions(bundled);
        }
    }

    @Test
    void englishAndSpanishWordsFindTheirFrenchEquivalentsAndSaySo() {
        SearchResults english = search("legal aid for deportees");
        assertThat(english.hits()).extracting(Hit::id).first().isEqualTo(Corpus.id("2008"));
        assertThat(english.expansions()).anyMatch(e -> e.kind().equals("translation") && e.typed().equals("legal aid")
                && e.language().equals("en") && e.alternatives().contains("assistance juridique"));
        SearchResults spanish = search("acogida en el aeropuerto");
        assertThat(spanish.hits()).extracting(Hit::id).contains(Corpus.id("2008"));
        assertThat(spanish.expansions()).anyMatch(e -> e.typed().equals("acogida") && e.language().equals("es"));
        // a French word that a lexicon also has ("migration") is French: nothing said translated
        assertThat(search("migration").expansions()).noneMatch(e -> e.kind().equals("translation"));
    }

    @Test
    void theSnippetIsTheBestPassageWithItsNumber() {
        Hit hit = search("hébergement provisoire Korofina").hits().get(0);
        assertThat(hit.id()).isEqualTo(Corpus.id("2008"));
        assertThat(hit.snippet()).contains("<mark>Korofina</mark>").contains("provisoire</mark>");
        assertThat(hit.passage()).isPositive();
    }

    @Test
    void aSpellingOnlyAnInvisibleRecordHoldsIsNeverProposed() {
        SearchResults stranger = search("Zorgulbville", Viewer.member("ame"));
        assertThat(stranger.suggestion()).isNull();
        assertThat(stranger.hits()).isEmpty();
        assertThat(stranger.toString()).doesNotContainIgnoringCase("zorglubville");
        SearchResults owner = search("Zorgulbville", Viewer.member("cimade"));
        assertThat(owner.suggestion()).isEqualTo("zorglubville");
        assertThat(owner.hits()).extracting(Hit::id).containsExactly("document:secret");
        assertThat(owner.hits().get(0).snippet()).contains("<mark>Zorglubville</mark>");
    }

    @Test
    void passagesOfInvisibleRecordsNeverMakeASnippet() {
        for (Hit hit : search("convoi demain", Viewer.member("ame")).hits()) {
            assertThat(hit.snippet()).doesNotContain("Zorglubville");
        }
        assertThat(Set.copyOf(search("convoi", Viewer.anonymous()).hits().stream().map(Hit::id).toList())).doesNotContain("document:secret");
    }
}
