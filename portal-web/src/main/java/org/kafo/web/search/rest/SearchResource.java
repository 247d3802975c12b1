package org.kafo.web.search.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.search.query.SearchRequest;
import org.kafo.search.query.SearchResults;
import org.kafo.search.query.Suggestion;
import org.kafo.web.search.Searches;
import org.kafo.web.security.CurrentCaller;

/**
 * One search over alerts, actors, proceedings and documents. Anonymous visitors find public records;
 * signed-in users what the visibility rule lets them see.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SearchResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Searches searches;

    @GET
    @Operation(summary = "Rechercher (mots ET, \"expression\", OU, -exclure ; le dernier mot sert de préfixe)")
    public SearchResults search(@QueryParam("q") String q,
                                @QueryParam("kind") List<String> kinds,
                                @QueryParam("year") List<Integer> years,
                                @QueryParam("organisation") List<String> organisations,
                                @QueryParam("theme") List<String> themes,
                                @QueryParam("sort") @DefaultValue("relevance") String sort,
                                @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("10") int size) {
        return searches.search(caller.get(), q, Set.copyOf(kinds), Set.copyOf(years), Set.copyOf(organisations), Set.copyOf(themes),
                sort(sort), page, size);
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Titres qui commencent par ce qui est tapé")
    public List<Suggestion> suggest(@QueryParam("q") String q) {
        return searches.suggest(caller.get(), q, 8);
    }

    @GET
    @Path("similar/{id}")
    @Operation(summary = "Fiches semblables à celle-ci")
    public List<SearchResults.Hit> similar(@PathParam("id") String id) {
        return searches.similar(caller.get(), id, 10);
    }

    private static SearchRequest.Sort sort(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "relevance", "pertinence" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw DomainException.invalid("sort", Message.of("search.sort.unknown", value));
        };
    }
}
