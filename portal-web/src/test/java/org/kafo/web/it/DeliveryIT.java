package org.kafo.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.PageSession;

/**
 * What phones on slow mobile data rely on: the styles and scripts of a page come compressed and are kept for a
 * year under an address that changes with their content, so a second visit loads almost nothing; and what a
 * signed-in person sees is never kept by a shared proxy, nor stored by the phone.
 */
@KafoIT
class DeliveryIT {

    private static final Pattern RESOURCE = Pattern.compile("(?:src|href)=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+)\"");

    private static Api.Response get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(KafoStack.get().portalUrl() + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Api.send(request.build());
    }

    private static List<String> resourcesOf(String html) {
        Matcher m = RESOURCE.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    @Test
    void theStylesAndScriptsOfAPageAreVersionedCompressedAndKeptForAYear() {
        Api.Response page = get("/alertes/index.xhtml");
        assertThat(page.status()).isEqualTo(200);
        List<String> resources = resourcesOf(page.body());
        assertThat(resources).anyMatch(r -> r.contains("kafo.css")).anyMatch(r -> r.contains("faces.js"))
                .as("PrimeFaces' theme, icons and locale are not sent to pages that do not use them")
                .noneMatch(r -> r.contains("theme.css") || r.contains("primeicons") || r.contains("locale"));
        for (String resource : resources) {
            assertThat(resource).as("versioned address").containsPattern("[?&]v=");
            Api.Response served = get(resource, "Accept-Encoding", "gzip");
            assertThat(served.status()).as(resource).isEqualTo(200);
            assertThat(served.headers().firstValue("Cache-Control")).as(resource).hasValue("public, max-age=31536000, immutable");
            // Payara compresses from 860 bytes (pre-boot-commands.asadmin): below that, gzip's header would cost more than it saves.
            if (get(resource).body().getBytes(StandardCharsets.UTF_8).length > 860) {
                assertThat(served.headers().firstValue("Content-Encoding")).as(resource).hasValue("gzip");
            }
        }
    }

    @Test
    void aStyleSheetsVersionIsItsContentSoAChangedFileGetsANewAddress() throws Exception {
        String css = resourcesOf(get("/").body()).stream().filter(r -> r.contains("kafo.css")).findFirst().orElseThrow();
        Api.Response served = get(css);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(served.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(css).contains("v=" + hash.substring(0, 12));
    }

    @Test
    void anUnversionedOrMissingResourceIsNotKeptForAYear() {
        Api.Response unversioned = get("/jakarta.faces.resource/css/kafo.css.xhtml?ln=kafo");
        assertThat(unversioned.status()).isEqualTo(200);
        assertThat(unversioned.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable", "31536000");

        Api.Response missing = get("/jakarta.faces.resource/css/absent.css.xhtml?ln=kafo&v=0123456789ab");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable", "31536000", "public");
    }

    @Test
    void aSignedInPersonsPagesAreNeitherSharedNorStored() {
        for (String path : List.of("/alertes/index.xhtml", "/compte/profil.xhtml", "/annuaire/", "/recherche.xhtml?q=expulses")) {
            Api.Response page = PageSession.of(AME_MEMBER).page(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(c -> assertThat(c).contains("private", "no-store"));
        }
        Api.Response profile = PageSession.of(AME_MEMBER).page("/compte/profil.xhtml");
        assertThat(profile.body()).as("the page holds the person's own data").contains("accueil.ame");
    }

    @Test
    void aVisitorsPagesAreNotKeptBySharedProxies() {
        for (String path : List.of("/", "/annuaire/", "/recherche.xhtml?q=expulses")) {
            Api.Response page = get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(c -> assertThat(c).contains("private").doesNotContain("public"));
        }
    }
}
