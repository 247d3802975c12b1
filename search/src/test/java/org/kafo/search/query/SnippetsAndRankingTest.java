package org.kafo.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kafo.search.index.SearchIndex;
import org.kafo.search.query.SearchResults.Hit;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.Visibility;

class SnippetsAndRankingTest {

    @TempDir
    Path tmp;

    private SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(tmp);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private void add(SearchDocument.Builder builder) throws IOException {
        index.upsert(builder.visibility(Visibility.PUBLIC).build());
    }

    private List<Hit> search(String text, SearchRequest.Sort sort) throws IOException {
        index.refresh();
        return index.search(new SearchRequest(text, null, null, null, null, sort, 0, 10), Viewer.anonymous()).hits();
    }

    @Test
    void a_snippet_escapes_the_text_and_marks_only_the_matched_words() throws IOException {
        add(SearchDocument.builder("document:xss", "document").title("Compte rendu")
                .body("Avant <script>alert('expulsés')</script> les expulsés arrivent & repartent <b>vite</b>."));
        String snippet = search("expulses", SearchRequest.Sort.RELEVANCE).get(0).snippet();
        assertThat(snippet)
                .doesNotContain("<script", "</script", "<b>")
                .contains("&lt;script&gt;", "&amp;", "<mark>expulsés</mark> arrivent");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void a_hit_without_a_body_match_shows_the_beginning_of_its_body() throws IOException {
        add(SearchDocument.builder("actor:ame", "actor").title("Association Malienne des Expulsés")
                .body("<Accueil> à l'aéroport de Bamako-Sénou, hébergement à Korofina. " + "Suite du texte. ".repeat(100)));
        String snippet = search("expulsés", SearchRequest.Sort.RELEVANCE).get(0).snippet();
        assertThat(snippet).startsWith("&lt;Accueil&gt; à l&#x27;aéroport").doesNotContain("<mark>");
        assertThat(snippet.length()).isLessThan(400);
    }

    @Test
    void a_match_deep_in_a_one_megabyte_body_is_found_and_highlighted() throws IOException {
        String filler = "Texte administratif sans rapport avec la recherche. ".repeat(20_000); // ~1 MB
        add(SearchDocument.builder("document:long", "document").title("Rapport annuel")
                .body(filler + "Un convoi arrive de Tinzawaten."));
        List<Hit> hits = search("Tinzawaten", SearchRequest.Sort.RELEVANCE);
        assertThat(hits).extracting(Hit::id).containsExactly("document:long");
        assertThat(hits.get(0).snippet()).contains("<mark>Tinzawaten</mark>");
    }

    @Test
    void a_title_match_ranks_above_body_matches() throws IOException {
        add(SearchDocument.builder("document:body", "document").title("Compte rendu de la réunion de mars")
                .body("Le rapatriement a été discuté. Rapatriement des mineurs, rapatriement des femmes, "
                        + "organisation du rapatriement par bus depuis Gao."));
        add(SearchDocument.builder("alert:title", "alert").title("Rapatriement depuis Agadez")
                .body("Un groupe de quarante personnes est attendu à la gare routière de Sogoniko."));
        assertThat(search("rapatriement", SearchRequest.Sort.RELEVANCE)).extracting(Hit::id)
                .containsExactly("alert:title", "document:body");
    }

    @Test
    void sorting_by_date_puts_the_newest_first_and_the_undated_last() throws IOException {
        add(SearchDocument.builder("document:undated", "document").title("Refoulés à Gogui"));
        add(SearchDocument.builder("document:2020", "document").title("Refoulés").date(LocalDate.of(2020, 1, 1)));
        add(SearchDocument.builder("document:2022", "document").title("Refoulés").year(2022));
        add(SearchDocument.builder("document:2024", "document").title("Refoulés").date(LocalDate.of(2024, 5, 1)));
        assertThat(search("refoulés", SearchRequest.Sort.DATE)).extracting(Hit::id)
                .containsExactly("document:2024", "document:2022", "document:2020", "document:undated");
    }

    @Test
    void more_like_this_ranks_the_closest_record_first() throws IOException {
        add(SearchDocument.builder("alert:1", "alert").title("Convoi de refoulés depuis l'Algérie")
                .body("Convoi de refoulés parti de Tamanrasset vers Tinzawaten puis Gao. Refoulés blessés, "
                        + "refoulés malades, convoi escorté par la gendarmerie algérienne."));
        add(SearchDocument.builder("alert:2", "alert").title("Nouveau convoi de refoulés")
                .body("Un second convoi de refoulés venant de Tamanrasset est attendu à Tinzawaten. Refoulés "
                        + "blessés signalés, convoi escorté."));
        add(SearchDocument.builder("event:3", "event").title("Séminaire de l'AME")
                .body("Séminaire sur la protection des migrants de retour au Centre du secteur privé de Bamako, "
                        + "séminaire ouvert par le ministre."));
        index.refresh();
        assertThat(index.moreLikeThis("alert:1", Viewer.anonymous(), 5)).extracting(Hit::id)
                .startsWith("alert:2").doesNotContain("alert:1");
    }
}
