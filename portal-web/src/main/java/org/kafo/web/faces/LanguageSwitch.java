package org.kafo.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The language switch: {@code ?lang=fr}, {@code ?lang=en} or {@code ?lang=es} on any page remembers the choice for a year
 * and comes back to the same page without the parameter.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageSwitch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only a GET's query string: reading a POST's parameters here would fix their encoding before Faces does.
        String lang = "GET".equals(request.getMethod()) ? Language.fromQuery(request.getQueryString()) : null;
        if (lang == null) {
            chain.doFilter(request, response);
            return;
        }
        Cookie cookie = new Cookie(Language.COOKIE, lang);
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(request.getRequestURI());
    }
}
