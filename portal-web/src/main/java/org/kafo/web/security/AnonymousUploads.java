package org.kafo.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Bounds the multipart posts that visitors who are not signed in may send to the pages. Every upload form of the
 * portal needs a signed-in person; without this, Faces would read (and spool to disk) up to the container's limit for
 * anyone who posts a multipart body to any page. A visitor's multipart post must say its length, and stay under
 * {@value #LIMIT} bytes; the API is left to its own checks (a token, then each resource's limit).
 *
 * <p>Mapped first in {@code web.xml}, so that it runs before any other filter.
 */
public class AnonymousUploads extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** 64 KB: any form a visitor may send, far below a file. */
    static final long LIMIT = 64 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") && request.getUserPrincipal() == null
                && !RequestPath.isApi(request)) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED);
                return;
            }
            if (length > LIMIT) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Envoi refusé : connectez-vous pour déposer un fichier.\n");
    }
}
