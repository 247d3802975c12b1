package org.kafo.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.APDHA_MEMBER;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kafo.realm.DemoAccounts;
import org.kafo.web.it.alert.Alerts;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.FacesForm;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.PageSession;

/**
 * APDHA works in Spanish: a Spanish browser gets Spanish pages, the switch remembers Spanish (up to Keycloak's sign-in
 * page), a refusal is said in Spanish on a page and on the API ({@code Accept-Language: es}), and nothing is changed.
 */
@KafoIT
class SpanishIT {

    private static final String SPAIN = "es-ES,es;q=0.9,en;q=0.5";

    private static Api.Response page(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Api.send(request.build());
    }

    @Test
    void aSpanishBrowserGetsSpanishPages() {
        Api.Response home = page("/", "Accept-Language", SPAIN);
        assertThat(home.body()).contains("lang=\"es\"", "Bienvenida a Kafo", "Iniciar sesión", "Español")
                .doesNotContain("Bienvenue sur Kafo", "Se connecter");
        assertThat(page("/annuaire/", "Accept-Language", SPAIN).body()).contains("¿Quién hace qué, y dónde?", "Directorio");
        Api.Response missing = page("/no-existe.xhtml", "Accept-Language", SPAIN);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).as("the error pages too").contains("Página no encontrada", "Volver al inicio");
        assertThat(page("/", "Accept-Language", "de-DE,de;q=0.9").body()).as("a language the portal does not speak: French")
                .contains("Bienvenue sur Kafo");
    }

    @Test
    void theSwitchToSpanishIsRememberedUpToTheSignInPage() {
        Api.Response switched = page("/recherche.xhtml?lang=es");
        assertThat(switched.status()).isEqualTo(302);
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("kafo-lang=es");
        String chosen = cookie.substring(0, cookie.indexOf(';'));

        assertThat(page("/", "Accept-Language", "fr", "Cookie", chosen).body()).contains("lang=\"es\"", "Bienvenida a Kafo");
        Api.Response signIn = page("/login?returnTo=/", "Cookie", chosen);
        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("ui_locales=es"));
        Api.Response frenchSignIn = page("/login?returnTo=/");
        assertThat(frenchSignIn.headers().firstValue("Location")).as("no choice: Keycloak follows the browser")
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("ui_locales"));
    }

    @Test
    void aMemberOfApdhaReadsAlertsAndRefusalsInSpanishAndNothingIsPublished() {
        String id = Alerts.id(Alerts.publish(APDHA_MEMBER, Alerts.arrivingIn(Duration.ofHours(5), "bamako-senou")));
        // a session of its own: the shared APDHA session of the other tests stays French
        PageSession apdha = PageSession.signedIn(APDHA_MEMBER, DemoAccounts.get(APDHA_MEMBER).password());
        assertThat(apdha.page("/index.xhtml?lang=es").status()).isEqualTo(302);
        Api.Response list = apdha.page("/alertes/");
        assertThat(list.body()).contains("Alertas sobre las expulsiones", "En las próximas 48 horas", "dentro de ", "Cerrar sesión")
                .doesNotContain("dans 4 h", "Alertes sur les expulsions");

        long before = count();
        Api.Response form = apdha.page("/alertes/saisie/nouvelle.xhtml");
        assertThat(form.body()).contains("Nueva alerta", "Tipo de retorno", "Escriba un país…").doesNotContain("Tapez un pays");
        assertThat(apdha.page("/alertes/alerte.xhtml?id=" + id).body()).as("countries named in Spanish")
                .contains("<dd>Libia", "vía Níger").doesNotContain("<dd>Libye");
        Api.Response refused = FacesForm.of(apdha, form, "alert-form").set("alert-form:kind", "").submit("alert-form:publish");
        assertThat(refused.body()).contains("Elija el tipo de retorno.").doesNotContain("Choisissez le type de retour");
        assertThat(count()).as("nothing published").isEqualTo(before);
    }

    @Test
    void theApiSaysARefusalInTheLanguageOfAcceptLanguage() {
        long before = count();
        String tooLong = Alerts.charter().add("description", "x".repeat(4001)).add("publish", true).build().toString();

        Api.Response spanish = post(tooLong, SPAIN);
        assertThat(spanish.status()).isEqualTo(400);
        assertThat(spanish.contentType()).startsWith("application/problem+json");
        JsonObject problem = spanish.json();
        assertThat(problem.getString("title")).isEqualTo("Datos no válidos");
        assertThat(problem.getString("detail")).isEqualTo("La descripción: texto demasiado largo, 4000 caracteres como máximo (4001 escritos).");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("description");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).startsWith("La descripción: texto demasiado largo");

        assertThat(post(tooLong, "de;q=1, es;q=0.5").json().getString("title")).as("the first language the portal speaks")
                .isEqualTo("Datos no válidos");
        assertThat(post(tooLong, "en-GB").json().getString("detail")).startsWith("The description: text too long");
        assertThat(post(tooLong, null).json().getString("detail")).as("nothing said: French")
                .startsWith("La description : texte trop long");
        assertThat(post(tooLong, "de").json().getString("title")).isEqualTo("Données invalides");

        Api.Response notFound = Api.send(HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + "/api/v1/alerts/no-such-id"))
                .header("Accept-Language", "es").header("Authorization", "Bearer " + KafoStack.get().token(APDHA_MEMBER)).GET().build());
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().getString("title")).isEqualTo("No encontrado");
        assertThat(count()).as("nothing created").isEqualTo(before);
    }

    private static Api.Response post(String json, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + "/api/v1/alerts"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + KafoStack.get().token(APDHA_MEMBER))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return Api.send(request.build());
    }

    private static long count() {
        try (Connection c = KafoStack.get().database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from alert")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
