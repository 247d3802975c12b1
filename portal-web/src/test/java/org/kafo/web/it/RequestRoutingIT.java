package org.kafo.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.AME_MEMBER;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.PageSession;

/**
 * Whether a request is for the API (bearer tokens only) or for a page (the browser's session) is decided on the path as
 * the container routes it. The attack: a signed-in browser's session cookie sent to the API under a disguised path, which
 * a check on the raw URI would take for a page. Requests are written by hand on a socket, so that nothing normalises
 * them on the way. And a visitor's multipart post to a page is bounded.
 */
@KafoIT
class RequestRoutingIT {

    @Test
    void aSessionCookieNeverAuthenticatesTheApiWhateverThePathLooksLike() throws IOException {
        String session = PageSession.of(AME_MEMBER).cookie("JSESSIONID").orElseThrow();
        String cookie = "JSESSIONID=" + session;
        assertThat(status(raw("GET /compte/profil.xhtml", cookie))).as("the session is signed in").isEqualTo(200);
        assertThat(status(raw("GET /api/v1/me", cookie))).as("the plain path").isEqualTo(401);
        for (String disguised : new String[] {"/./api/v1/me", "//api/v1/me", "/api/./v1/me", "/x/../api/v1/me", "/api;a=b/v1/me",
                "/api/v1;jsessionid=" + session + "/me", "/api/v1/me;jsessionid=" + session, "/api%2Fv1/me", "/api/v1%2Fme",
                "/%61pi/v1/me", "/api/v1/./me", "/api//v1/me"}) {
            String answer = raw("GET " + disguised, cookie);
            assertThat(status(answer)).as(disguised + " → " + firstLine(answer)).isNotEqualTo(200).isNotEqualTo(500);
            assertThat(answer).as(disguised).doesNotContain("\"username\":\"" + AME_MEMBER + "\"");
        }
    }

    @Test
    void aVisitorsMultipartPostToAPageIsBounded() throws IOException {
        String boundary = "kafo-test";
        String small = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\nexpulsés\r\n--" + boundary + "--\r\n";
        String answer = post("/recherche.xhtml", "multipart/form-data; boundary=" + boundary, small.getBytes(StandardCharsets.UTF_8), false);
        assertThat(status(answer)).as("a small form goes through to the page").isNotEqualTo(413).isNotEqualTo(411);

        byte[] big = new byte[200 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        String large = post("/recherche.xhtml", "multipart/form-data; boundary=" + boundary, big, false);
        assertThat(status(large)).isEqualTo(413);
        assertThat(large).contains("connectez-vous");
        assertThat(status(post("/bibliotheque/index.xhtml", "multipart/form-data; boundary=" + boundary, big, true)))
                .as("no length said").isEqualTo(411);
    }

    private static String raw(String requestLine, String cookie) throws IOException {
        return exchange(requestLine + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nCookie: " + cookie
                + "\r\nConnection: close\r\n\r\n", new byte[0]);
    }

    private static String post(String path, String contentType, byte[] body, boolean chunked) throws IOException {
        if (chunked) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            chunks.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.write(body);
            chunks.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return exchange("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n", chunks.toByteArray());
        }
        return exchange("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n", body);
    }

    private static String exchange(String head, byte[] body) throws IOException {
        URI portal = URI.create(KafoStack.get().portalUrl());
        try (Socket socket = new Socket(portal.getHost(), portal.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            try {
                out.write(body);
                out.flush();
            } catch (IOException refusedBeforeTheEnd) {
                // the server may answer and close before the whole body is sent: its answer is what counts
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String firstLine(String response) {
        return response.lines().findFirst().orElse("");
    }
}
