package org.kafo.web.it.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.OBSERVER;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.PageSession;

/**
 * The referral question as a field worker asks it, on the demo directory, through the API and the public page: words
 * found in the service, not in its organisation; an empty answer that proposes the nearest wider search; the active
 * filters as chips that each remove one filter.
 */
@KafoIT
class DirectoryReferralIT {

    private static final Pattern CHIP = Pattern.compile("<a class=\"chip\" id=\"remove-(\\w+)\" href=\"([^\"]+)\"");
    private static final Pattern WIDER_LINK = Pattern.compile("id=\"wider-link\" href=\"([^\"]+)\"");

    @Test
    void theWordPsychosocialFindsTheServicesThatGiveItNotEveryServiceOfTheAme() {
        Api.Response answer = Api.get("/api/v1/services?q=psychosocial&max=200", null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonObject> services = answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
        // the demo gives the AME 11 services and one says "psychosocial"; its description says it too, which no longer counts
        assertThat(services).extracting(s -> s.getString("name")).contains("Écoute et soutien psychosocial")
                .doesNotContain("Aide au transport vers la région d'origine", "Assistance juridique", "Hébergement provisoire à Korofina");
        assertThat(services).allMatch(s -> (s.getString("name") + " " + s.getString("description", "") + " "
                + s.getJsonObject("category").getString("name")).toLowerCase().contains("psychosocial"));
        long ameServices = services.stream().filter(s -> s.getString("organizationName").equals("Association Malienne des Expulsés")).count();
        assertThat(ameServices).isEqualTo(1);
        // the list of actors still finds the AME by its description
        assertThat(Api.get("/api/v1/organizations?q=psychosocial", null).json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("name")).contains("Association Malienne des Expulsés");
        // the page says as many
        String page = PageSession.of(null).page("/annuaire/?q=psychosocial").body();
        assertThat(page).contains(services.size() + " service(s)", "Écoute et soutien psychosocial")
                .doesNotContain("Aide au transport vers la région d'origine");
    }

    @Test
    void noPsychosocialSupportForWomenInGaoProposesTheSameInAllRegions() {
        JsonObject answer = Api.get("/api/v1/services?category=psychosocial&targetGroup=femmes&region=gao", null).json();
        assertThat(answer.getInt("total")).isZero();
        JsonObject wider = answer.getJsonObject("wider");
        assertThat(wider.getJsonArray("widened").getValuesAs(JsonString.class)).extracting(JsonString::getString).containsExactly("region");
        assertThat(wider.getString("query")).isEqualTo("category=psychosocial&targetGroup=femmes");
        assertThat(wider.getJsonObject("parameters").keySet()).containsExactly("category", "targetGroup");
        JsonObject widened = Api.get("/api/v1/services?" + wider.getString("query"), null).json();
        assertThat(widened.getInt("total")).isEqualTo(wider.getInt("total")).isPositive();
        assertThat(widened.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(s -> s.getString("name"))
                .contains("Écoute et soutien psychosocial");
        assertThat(widened.containsKey("wider")).as("answers: nothing to widen").isFalse();

        // the page: "0 service(s)", what was widened in words, a plain link to the wider search
        String page = read("/annuaire/?category=psychosocial&targetGroup=femmes&region=gao");
        assertThat(page).contains("0 service(s)", "Aucun service ne répond à toutes ces conditions.",
                "En élargissant la recherche à", "toutes les régions, pas seulement « Gao »</strong>\u00a0: " + wider.getInt("total") + " service(s).");
        Matcher link = WIDER_LINK.matcher(page);
        assertThat(link.find()).isTrue();
        assertThat(unescape(link.group(1))).endsWith("/annuaire/?category=psychosocial&targetGroup=femmes");
        String followed = PageSession.of(null).page(unescape(link.group(1))).body();
        assertThat(followed).contains(wider.getInt("total") + " service(s)", "Écoute et soutien psychosocial").doesNotContain("id=\"wider\"");
    }

    @Test
    void theWordsOfTheIssueWidenThePlaceAndTheCityGoesWithTheRegion() {
        JsonObject wider = Api.get("/api/v1/services?q=soutien+psychosocial&targetGroup=femmes&region=gao&city=Gao", OBSERVER).json()
                .getJsonObject("wider");
        assertThat(wider.getJsonArray("widened").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("region", "city");
        assertThat(wider.getString("query")).isEqualTo("q=soutien+psychosocial&targetGroup=femmes");
        String page = PageSession.of(OBSERVER).page("/annuaire/?q=soutien+psychosocial&targetGroup=femmes&region=gao&city=Gao").body();
        assertThat(page).contains("toutes les régions, pas seulement « Gao »").doesNotContain("toutes les villes");
    }

    @Test
    void nothingIsProposedWhenNothingWiderAnswers() {
        String word = "introuvable" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        JsonObject answer = Api.get("/api/v1/services?q=" + word + "&region=gao&targetGroup=femmes", null).json();
        assertThat(answer.getInt("total")).isZero();
        assertThat(answer.containsKey("wider")).isFalse();
        assertThat(Api.get("/api/v1/organizations?q=" + word + "&kind=media", null).json().containsKey("wider")).isFalse();
        String page = PageSession.of(null).page("/annuaire/?q=" + word + "&region=gao&targetGroup=femmes").body();
        assertThat(page).contains("0 service(s)", "id=\"no-wider\"", "ou une autre catégorie")
                .doesNotContain("wider-link");
        // an unknown term in the address is a refusal, said in French, not a suggestion
        Api.Response bad = Api.get("/api/v1/services?category=magie&region=gao", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("magie");
        assertThat(PageSession.of(null).page("/annuaire/?category=magie&region=gao").body()).contains("magie").doesNotContain("wider-link");
    }

    @Test
    void eachChipIsALinkToTheSameSearchWithoutThatFilter() {
        String search = "/annuaire/?q=accueil&category=accueil&targetGroup=refoules&region=gao&city=Gao&kind=confessionnelle";
        String page = read(search);
        assertThat(page).contains("Votre recherche :", "Mission catholique de Gao");
        Map<String, String> chips = chips(page);
        assertThat(chips.keySet()).as("in the order of the form").containsExactly("category", "targetGroup", "region", "city", "kind", "text");
        // a no-break space before the colon, as French writes it
        assertThat(page).contains("Catégorie de service\u00a0: <strong>Accueil</strong>", "Public\u00a0: <strong>Personnes refoulées</strong>",
                "Région\u00a0: <strong>Gao</strong>", "<strong>Organisation confessionnelle</strong>");
        Map<String, String> expected = Map.of(
                "text", "category=accueil&targetGroup=refoules&region=gao&city=Gao&kind=confessionnelle",
                "category", "q=accueil&targetGroup=refoules&region=gao&city=Gao&kind=confessionnelle",
                "targetGroup", "q=accueil&category=accueil&region=gao&city=Gao&kind=confessionnelle",
                "region", "q=accueil&category=accueil&targetGroup=refoules&city=Gao&kind=confessionnelle",
                "city", "q=accueil&category=accueil&targetGroup=refoules&region=gao&kind=confessionnelle",
                "kind", "q=accueil&category=accueil&targetGroup=refoules&region=gao&city=Gao");
        expected.forEach((chip, query) -> assertThat(chips.get(chip)).as(chip).endsWith("/annuaire/?" + query));
        // following a chip: the filter is gone, the others are still chips
        for (Map.Entry<String, String> chip : chips.entrySet()) {
            Map<String, String> after = chips(PageSession.of(null).page(chip.getValue()).body());
            assertThat(after.keySet()).as("after removing " + chip.getKey()).doesNotContain(chip.getKey()).hasSize(5);
        }
        // no filter, no chips
        assertThat(PageSession.of(null).page("/annuaire/").body()).doesNotContain("class=\"chip\"");
        // the actors' list has them too
        Map<String, String> actors = chips(PageSession.of(null).page("/annuaire/acteurs.xhtml?region=gao&kind=confessionnelle").body());
        assertThat(actors.get("kind")).endsWith("/annuaire/acteurs.xhtml?region=gao");
    }

    /** A page as a person reads its characters: the no-break space however the page writes it. */
    private static String read(String path) {
        return PageSession.of(null).page(path).body().replace("&nbsp;", "\u00a0").replace("&#160;", "\u00a0");
    }

    private static Map<String, String> chips(String page) {
        Map<String, String> chips = new LinkedHashMap<>();
        Matcher chip = CHIP.matcher(page);
        while (chip.find()) {
            chips.put(chip.group(1), unescape(chip.group(2)));
        }
        return chips;
    }

    private static String unescape(String href) {
        return href.replace("&amp;", "&");
    }
}
