package org.kafo.web.search.faces;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kafo.domain.shared.DomainException;
import org.kafo.search.query.Suggestion;
import org.kafo.web.search.Searches;
import org.kafo.web.security.CurrentCaller;

/**
 * Titles for the header's search box as one types ({@code /recherche/suggestions?q=}), for the pages: the
 * browser's session says who asks, so a member is offered their association's titles too (the API's
 * {@code /search/suggest} takes a bearer token instead). A few hundred bytes of JSON, cacheable briefly.
 */
@WebServlet("/recherche/suggestions")
public class SuggestionsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MAX = 8;

    @Inject
    CurrentCaller caller;

    @Inject
    transient Searches searches;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Suggestion> suggestions;
        try {
            suggestions = searches.suggest(caller.get(), request.getParameter("q"), MAX);
        } catch (DomainException e) {
            suggestions = List.of(); // half-typed text is not an error worth showing
        }
        // each title's address as the browser opens it, context path included: the script goes there as it is
        // (it once prefixed an attribute the page did not write when the path was empty, and opened "/null/…")
        String base = request.getContextPath();
        JsonArrayBuilder json = JSON.createArrayBuilder();
        suggestions.forEach(s -> json.add(JSON.createObjectBuilder().add("title", s.title()).add("kind", s.kind())
                .add("link", s.link() == null ? "" : base + s.link())));
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=30");
        response.getOutputStream().write(json.build().toString().getBytes(StandardCharsets.UTF_8));
    }
}
