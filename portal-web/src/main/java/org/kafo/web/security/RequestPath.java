package org.kafo.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request is for, as the container routes it: decoded, dot segments resolved, path parameters
 * ({@code ;jsessionid=…}) dropped. Whether a request is for the API (bearer tokens only) or for a page (the session) is
 * decided on it, never on the raw URI, which the caller shapes: {@code /./api/…}, {@code //api/…} or
 * {@code /api;x/…} reach the API all the same, and must not bring the browser's session with them.
 */
public final class RequestPath {

    /** The API's prefix ({@code @ApplicationPath("/api/v1")}); everything under it takes bearer tokens only. */
    public static final String API = "/api/";

    private RequestPath() {
    }

    public static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    }

    /**
     * Whether a raw path (as the client wrote it: encoded, with dot segments, doubled slashes or path parameters) may be
     * the API's once routed; {@code true} when it cannot be read either. For the error pages, which only have it raw.
     */
    public static boolean mayBeApi(String rawPath) {
        try {
            String decoded = java.net.URI.create(rawPath.replaceAll("/+", "/")).getPath();
            String path = decoded == null ? "" : decoded.replaceAll(";[^/]*", "").replaceAll("/+", "/");
            path = new java.net.URI(null, null, path, null).normalize().getPath();
            return path.startsWith(API) || path.equals("/api") || path.startsWith("/..");
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return true;
        }
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = of(request);
        return path.startsWith(API) || path.equals("/api");
    }
}
