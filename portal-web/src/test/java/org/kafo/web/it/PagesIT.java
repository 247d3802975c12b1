package org.kafo.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.directory.DirectoryData;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/** What every page does for people on old phones: French first, a language switch that keeps the page, compressed text. */
@KafoIT
class PagesIT {

    private static Api.Response page(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Api.send(request.build());
    }

    @Test
    void aBrowserThatSaysNothingGetsFrench() {
        Api.Response home = page("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"fr\"", "Bienvenue sur Kafo", "Se connecter");
    }

    @Test
    void aBrowserThatAsksForEnglishGetsEnglishAndFrenchPhonesGetFrench() {
        assertThat(page("/", "Accept-Language", "en-US,en;q=0.9").body()).contains("lang=\"en\"", "Welcome to Kafo");
        assertThat(page("/", "Accept-Language", "fr-ML,fr;q=0.9,en;q=0.5").body()).contains("Bienvenue sur Kafo");
    }

    @Test
    void theLanguageSwitchIsRememberedAndOverridesTheBrowser() {
        Api.Response switched = page("/index.xhtml?lang=en");
        assertThat(switched.status()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("lang="));
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("kafo-lang=en");

        Api.Response home = page("/", "Accept-Language", "fr", "Cookie", cookie.substring(0, cookie.indexOf(';')));
        assertThat(home.body()).contains("Welcome to Kafo");
        assertThat(page("/index.xhtml?lang=de").status()).as("an unsupported language is ignored").isEqualTo(200);
    }

    @Test
    void theLanguageSwitchKeepsThePageAndItsQuery() {
        String ame = DirectoryData.idOf("AME");
        String actor = "/annuaire/acteur.xhtml?id=" + ame;
        assertThat(page(actor).body()).as("the switch links to this very record")
                .contains("acteur.xhtml?id=" + ame + "&amp;lang=en\" lang=\"en\"");
        Api.Response switched = page(actor + "&lang=en");
        assertThat(switched.status()).isEqualTo(302);
        String location = switched.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/annuaire/acteur.xhtml?id=" + ame);
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        Api.Response back = Api.send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location
                : KafoStack.get().portalUrl().replaceFirst("(https?://[^/]+).*", "$1") + location))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).GET().build());
        assertThat(back.status()).as("the same record, not \"not found\"").isEqualTo(200);
        assertThat(back.body()).contains("lang=\"en\"", "Association Malienne des Expulsés");

        Api.Response list = page("/annuaire/acteurs.xhtml?q=sant%C3%A9&lang=en&region=bamako");
        assertThat(list.headers().firstValue("Location")).as("a list keeps its filters")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/annuaire/acteurs.xhtml?q=sant%C3%A9&region=bamako"));
    }

    @Test
    void theApiSaysARefusalInTheLanguageTheClientAsksFor() {
        String missing = "/api/v1/organizations/" + java.util.UUID.randomUUID();
        Api.Response english = page(missing, "Accept-Language", "en-GB,en;q=0.9,fr;q=0.5");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.json().getString("detail")).isEqualTo("This entry of the directory does not exist.");
        assertThat(english.json().getString("title")).isEqualTo("Not found");
        Api.Response french = page(missing, "Accept-Language", "de-DE,fr;q=0.8");
        assertThat(french.json().getString("detail")).isEqualTo("Cette fiche de l'annuaire n'existe pas.");
        assertThat(page(missing).json().getString("detail")).as("a client that says nothing: French")
                .isEqualTo("Cette fiche de l'annuaire n'existe pas.");
        Api.Response badQuery = page("/api/v1/search?q=", "Accept-Language", "en");
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badQuery.json().getString("detail")).isEqualTo("Type at least one word to search for.");
        Api.Response signIn = page("/api/v1/audit", "Accept-Language", "en");
        assertThat(signIn.status()).isEqualTo(401);
        assertThat(signIn.json().getString("detail")).as("the API's own answers too").isEqualTo("Sign in to reach this resource.");
    }

    @Test
    void textIsCompressedForClientsThatAcceptIt() {
        Api.Response css = page("/jakarta.faces.resource/css/kafo.css.xhtml?ln=kafo", "Accept-Encoding", "gzip");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
}
