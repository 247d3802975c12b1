package org.kafo.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** After sign-in the browser goes back where it was, and never to another site. */
class SafeReturnTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/compte/profil.xhtml, /compte/profil.xhtml",
            "'/recherche.xhtml?q=OIM', '/recherche.xhtml?q=OIM'",
            "https://evil.example/, /",
            "//evil.example/, /",
            "'/\\evil.example', /",
            "/login, /",
            "/oidc/callback?code=x, /",
            "relative/path, /",
    })
    void onlyPathsOnThisSite(String requested, String expected) {
        assertThat(KafoAuthenticationMechanism.safeReturn(requested)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void nothingRequestedGoesHome() {
        assertThat(KafoAuthenticationMechanism.safeReturn(null)).isEqualTo("/");
    }
}
