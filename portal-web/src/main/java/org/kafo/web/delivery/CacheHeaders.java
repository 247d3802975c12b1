package org.kafo.web.delivery;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Caching headers for phones on slow links and for the shared proxies between them and the portal.
 * <ul>
 * <li>A versioned Faces resource ({@code /jakarta.faces.resource/…?…v=…}, see {@link VersionedResources}) is
 * kept for a year without asking again ({@code public, max-age=31536000, immutable}); a refused or missing
 * one is not kept at all, nor is PrimeFaces' dynamic content ({@code pfdrid}), which is made for one person.</li>
 * <li>Every other response (pages, downloads, suggestions) is {@code private}: no shared proxy keeps it. A
 * signed-in person's are also {@code no-store} (their data stays off the disk of a shared phone or
 * cybercafé computer); a visitor's are {@code no-cache}. A servlet may set stricter headers of its own.</li>
 * <li>The API ({@code /api/}) is left to its resources: its requests carry a bearer token, which shared caches
 * never serve from store.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CacheHeaders extends HttpFilter {

    static final String YEAR = "public, max-age=31536000, immutable";
    static final String SIGNED_IN = "private, no-store";
    static final String VISITOR = "private, no-cache";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = org.kafo.web.security.RequestPath.of(request);
        if (path.startsWith("/jakarta.faces.resource/")) {
            // PrimeFaces' dynamic content (pfdrid: a stream made for one person) is never versioned content.
            if (request.getParameter("v") != null && request.getParameter("pfdrid") == null) {
                response.setHeader("Cache-Control", YEAR);
                chain.doFilter(request, new KeptForAYear(response));
            } else {
                chain.doFilter(request, response);
            }
        } else if (org.kafo.web.security.RequestPath.isApi(request)) {
            chain.doFilter(request, response);
        } else {
            response.setHeader("Cache-Control", request.getUserPrincipal() != null ? SIGNED_IN : VISITOR);
            chain.doFilter(request, response);
        }
    }

    /**
     * Keeps the year against Faces' own {@code Cache-Control} (Mojarra sets its default resource age, a week); an
     * error answer (a resource that does not exist) is not kept at all.
     */
    private static final class KeptForAYear extends HttpServletResponseWrapper {

        private boolean failed;

        KeptForAYear(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name) || failed) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name) || failed) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setStatus(int sc) {
            forget(sc);
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            forget(sc);
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            forget(sc);
            super.sendError(sc, msg);
        }

        private void forget(int status) {
            if (status >= 400) {
                failed = true;
                super.setHeader("Cache-Control", "no-store");
            }
        }
    }
}
