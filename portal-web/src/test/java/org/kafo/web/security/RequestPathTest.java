package org.kafo.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The error pages read the failed path raw: however it is written, an API path stays the API's (no session). */
class RequestPathTest {

    @Test
    void anApiPathIsRecognisedHoweverItIsWritten() {
        assertThat(RequestPath.mayBeApi("/api/v1/alerts/x")).isTrue();
        assertThat(RequestPath.mayBeApi("/api")).isTrue();
        assertThat(RequestPath.mayBeApi("//api/v1/alerts")).isTrue();
        assertThat(RequestPath.mayBeApi("/./api/v1/alerts")).isTrue();
        assertThat(RequestPath.mayBeApi("/%2e/api/v1/alerts")).isTrue();
        assertThat(RequestPath.mayBeApi("/%61pi/v1/alerts")).isTrue();
        assertThat(RequestPath.mayBeApi("/api;x=1/v1/alerts")).isTrue();
        assertThat(RequestPath.mayBeApi("/alertes/../api/v1/alerts")).isTrue();
        assertThat(RequestPath.mayBeApi("/%zz")).as("unreadable: treated as the API's").isTrue();
    }

    @Test
    void aPagePathIsNot() {
        assertThat(RequestPath.mayBeApi("/nexiste-pas.xhtml")).isFalse();
        assertThat(RequestPath.mayBeApi("/null/alertes/alerte.xhtml")).isFalse();
        assertThat(RequestPath.mayBeApi("/apiculture.xhtml")).isFalse();
    }
}
