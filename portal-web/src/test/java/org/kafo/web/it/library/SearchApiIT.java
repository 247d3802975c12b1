package org.kafo.web.it.library;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.PageSession;

/** The one search over the demo corpus, as a visitor finds it: French matching, facets, sort, suggestions, neighbours, bad input. */
@KafoIT
class SearchApiIT {

    private static final String HISTORY = "Association Malienne des Expulsés (AME) et son collectif de soutien : notre histoire, nos actions";

    @Test
    void frenchAwareMatchingFindsTheNetworksDocuments() {
        assertThat(titles(search("expulses libye"))).contains(HISTORY);
        assertThat(titles(search("l'aeroport"))).contains(HISTORY);
        assertThat(titles(search("\"migrants de retour\""))).anyMatch(t -> t.startsWith("Protection des migrants"));
        assertThat(titles(search("PONAM"))).anyMatch(t -> t.startsWith("Réalisations du Ministère"));
        JsonObject hit = search("expulses libye").getJsonArray("hits").getValuesAs(JsonObject.class).get(0);
        assertThat(hit.getString("kind")).isEqualTo("document");
        assertThat(hit.getString("snippet")).containsPattern("<mark>[Ee]xpuls");
        assertThat(hit.getString("link")).startsWith("/bibliotheque/document.xhtml?id=");
    }

    @Test
    void facetsFilterAndCount() {
        JsonObject all = search("migrants");
        List<JsonObject> organisations = all.getJsonObject("facets").getJsonArray("organisation").getValuesAs(JsonObject.class);
        assertThat(organisations).extracting(o -> o.getString("value")).contains("Association Malienne des Expulsés (AME)");
        assertThat(all.getJsonObject("facets").getJsonArray("kind").getValuesAs(JsonObject.class))
                .extracting(k -> k.getString("value")).contains("document");

        JsonObject ame = get("/api/v1/search?q=migrants&organisation=" + enc("Association Malienne des Expulsés (AME)"));
        assertThat(ame.getJsonNumber("totalHits").longValue()).isEqualTo(2);
        JsonObject year = get("/api/v1/search?q=migrants&year=2017");
        assertThat(titles(year)).allMatch(t -> t.startsWith("Réalisations du Ministère"));
        JsonObject theme = get("/api/v1/search?q=migrants&theme=TOKTEN");
        assertThat(theme.getJsonNumber("totalHits").longValue()).isEqualTo(3);
    }

    /** The search page takes several values of one facet, as the API does: "2014 or 2016". */
    @Test
    void theSearchPageFiltersByAnyOfSeveralValuesOfAFacetAndTogglesEachAlone() {
        List<String> years = search("migrants").getJsonObject("facets").getJsonArray("year").getValuesAs(JsonObject.class).stream()
                .map(y -> y.getString("value")).limit(2).toList();
        assertThat(years).hasSize(2);
        long first = get("/api/v1/search?q=migrants&year=" + years.get(0)).getJsonNumber("totalHits").longValue();
        long second = get("/api/v1/search?q=migrants&year=" + years.get(1)).getJsonNumber("totalHits").longValue();
        long both = get("/api/v1/search?q=migrants&year=" + years.get(0) + "&year=" + years.get(1)).getJsonNumber("totalHits").longValue();
        assertThat(both).isEqualTo(first + second);

        Api.Response page = PageSession.of(null).page("/recherche.xhtml?q=migrants&annee=" + years.get(0) + "&annee=" + years.get(1));
        assertThat(page.status()).isEqualTo(200);
        assertThat(count(page.body())).isEqualTo(both);
        Map<String, String> chosen = selectedYearLinks(page.body());
        assertThat(chosen.keySet()).containsExactlyInAnyOrderElementsOf(years);
        // choosing a chosen year again takes it out and keeps the other
        String link = chosen.get(years.get(0));
        assertThat(link).contains("annee=" + years.get(1)).doesNotContain("annee=" + years.get(0));
        assertThat(count(PageSession.of(null).page(link).body())).isEqualTo(second);

        Api.Response bad = PageSession.of(null).page("/recherche.xhtml?q=migrants&annee=" + years.get(0) + "&annee=deux-mille");
        assertThat(bad.body()).contains("pas un nombre");
    }

    private static long count(String html) {
        Matcher count = Pattern.compile("id=\"search-count\">\\s*<strong>(\\d+)</strong>").matcher(html);
        assertThat(count.find()).as("the number of results").isTrue();
        return Long.parseLong(count.group(1));
    }

    /** The chosen years of the page's year facet, each with the link that takes it out again. */
    private static Map<String, String> selectedYearLinks(String html) {
        String facet = html.substring(html.indexOf("id=\"facet-year\""));
        facet = facet.substring(0, facet.indexOf("</ul>"));
        Map<String, String> links = new LinkedHashMap<>();
        Matcher a = Pattern.compile("<a href=\"[^\"]*?(/recherche\\.xhtml[^\"]*)\"\\s+class=\"selected\">\\s*([^<\\s]+)").matcher(facet);
        while (a.find()) {
            links.put(a.group(2), a.group(1).replace("&amp;", "&"));
        }
        return links;
    }

    @Test
    void resultsSortByDateNewestFirst() {
        List<String> byDate = titles(get("/api/v1/search?q=migrants&kind=document&sort=date&size=20"));
        assertThat(byDate.get(0)).startsWith("Protection des migrants");
        assertThat(byDate).endsWith("Migration et développement : la gestion de la migration malienne (communication)");
    }

    @Test
    void suggestionsAndSimilarDocuments() {
        Api.Response suggest = Api.get("/api/v1/search/suggest?q=" + enc("observ"), null);
        assertThat(suggest.status()).isEqualTo(200);
        assertThat(suggest.array().getValuesAs(JsonObject.class)).extracting(s -> s.getString("title"))
                .anyMatch(t -> t.startsWith("Observations sur le rapport du Mali"));
        String id = search("\"notre histoire, nos actions\"").getJsonArray("hits").getValuesAs(JsonObject.class).get(0).getString("id");
        Api.Response similar = Api.get("/api/v1/search/similar/" + enc(id), null);
        assertThat(similar.status()).isEqualTo(200);
        assertThat(similar.array()).isNotEmpty();
        assertThat(similar.array().getValuesAs(JsonObject.class)).extracting(h -> h.getString("id")).doesNotContain(id);
    }

    @Test
    void badQueriesGetAClearFrenchMessageAndLenientSyntaxNeverFails() {
        for (String q : List.of("", "   ", "x".repeat(501), "le la de", "-tokten")) {
            Api.Response response = Api.get("/api/v1/search?q=" + enc(q), null);
            assertThat(response.status()).as("[%s] %s", q, response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().getString("detail")).matches(".*(Saisissez|trop longue|trop courants|exclus).*");
        }
        for (String q : List.of("\"migrants de retour", "libye (ponam OU", "expulsés))", "« guillemet", "*", "a:b", "tokten~2")) {
            Api.Response response = Api.get("/api/v1/search?q=" + enc(q), null);
            assertThat(response.status()).as("[%s] %s", q, response).isIn(200, 400);
            if (response.status() == 400) {
                assertThat(response.json().getString("detail")).doesNotContain("Exception");
            }
        }
        assertThat(Api.get("/api/v1/search?q=migrants&sort=hasard", null).status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/search?q=migrants&size=1000", null).status()).isEqualTo(400);
    }

    /** Issue 18: queries as members type them, over the demo corpus. */
    @Test
    void questionsMisspellingsPlacesAndOtherLanguagesFindTheNetworksDocuments() {
        JsonObject question = search("quand l'AME a-t-elle été créée ?");
        assertThat(titles(question)).contains(HISTORY);
        assertThat(question.getBoolean("relaxed")).isFalse();
        assertThat(snippets(question)).contains("1996");

        JsonObject typo = search("expulsés lybie");
        assertThat(typo.getString("suggestion")).isEqualTo("expulsés libye");
        assertThat(kinds(typo)).contains("spelling");
        assertThat(titles(typo)).contains(HISTORY);

        JsonObject place = search("Tinzaouaten");
        assertThat(titles(place)).contains(HISTORY);
        assertThat(kinds(place)).contains("place");

        JsonObject english = search("legal aid for deportees");
        assertThat(titles(english)).first().isEqualTo(HISTORY);
        assertThat(english.getJsonArray("expansions").getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getString("kind").equals("translation") && e.getString("language").equals("en")
                        && e.getString("typed").equals("legal aid"));

        JsonObject relaxed = search("korofina zanzibar");
        assertThat(relaxed.getBoolean("relaxed")).isTrue();
        assertThat(titles(relaxed)).contains(HISTORY);
    }

    @Test
    void aDocumentsHitOpensItsPageAtThePassageItsSnippetComesFrom() {
        JsonObject hit = search("hébergement provisoire Korofina").getJsonArray("hits").getValuesAs(JsonObject.class).get(0);
        int passage = hit.getInt("passage");
        assertThat(hit.getString("link")).endsWith("&passage=" + passage + "#passage-" + passage);
        assertThat(hit.getString("snippet")).contains("<mark>Korofina</mark>");
        Api.Response page = PageSession.of(null).page(hit.getString("link").replace("#passage-" + passage, ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsPattern("id=\"passage-" + passage + "\" class=\"found\">[^<]*Korofina");
        String text = page.body().substring(page.body().indexOf("class=\"passages\""));
        text = text.substring(0, text.indexOf("</div>"));
        assertThat(text).doesNotContain("\u00A0").doesNotContainPattern("[^ >] {2,}[^ <]"); // the text as cleaned at deposit
    }

    @Test
    void thePageSaysWhenItRelaxedAndProposesTheSpelling() {
        String relaxed = PageSession.of(null).page("/recherche.xhtml?q=" + enc("korofina zanzibar")).body();
        assertThat(relaxed).contains("résultats contenant une partie des mots");
        String typo = PageSession.of(null).page("/recherche.xhtml?q=" + enc("expulsés lybie")).body();
        assertThat(typo).contains("Vouliez-vous dire").contains("q=expuls%C3%A9s+libye");
        String english = PageSession.of(null).page("/recherche.xhtml?q=" + enc("deportees airport")).body();
        assertThat(english).contains("Mots traduits").contains("« deportees » → expulsé");
    }

    private static List<String> kinds(JsonObject results) {
        return results.getJsonArray("expansions").getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList();
    }

    private static String snippets(JsonObject results) {
        return String.join("\n", results.getJsonArray("hits").getValuesAs(JsonObject.class).stream().map(h -> h.getString("snippet")).toList());
    }

    /** Documents only: actors, alerts and proceedings of the other features match French words too. */
    private static JsonObject search(String q) {
        return get("/api/v1/search?size=20&kind=document&q=" + enc(q));
    }

    private static JsonObject get(String path) {
        Api.Response response = Api.get(path, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> titles(JsonObject results) {
        return results.getJsonArray("hits").getValuesAs(JsonObject.class).stream().map(h -> h.getString("title")).toList();
    }

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
