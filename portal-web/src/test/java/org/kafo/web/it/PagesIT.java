package org.kafo.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/** What every page does for people on old phones: French first, compressed text. */
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
    void textIsCompressedForClientsThatAcceptIt() {
        Api.Response css = page("/jakarta.faces.resource/css/kafo.css.xhtml?ln=kafo", "Accept-Encoding", "gzip");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
}
