package org.kafo.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.kafo.domain.shared.DomainException;
import org.kafo.search.query.SearchRequest;
import org.kafo.search.query.SearchResults;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /recherche.xhtml}: the results of the header's search box, with filters by facet (kind, year,
 * organisation, theme; several values of one facet match any of them), sort by relevance or date, ten hits a page. Every state is in the URL (GET), so a
 * search can be bookmarked, shared and reloaded on a flaky connection.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 10;
    static final int FACET_VALUES = 8;
    /** The facet dims, in the order the page shows them. */
    static final List<String> DIMS = List.of("kind", "year", "organisation", "theme");
    /** The URL parameter of each facet dim, in French as the addresses are. */
    static final Map<String, String> PARAMS = Map.of("kind", "type", "year", "annee", "organisation", "organisation",
            "theme", "theme");

    @Inject
    CurrentCaller caller;

    @Inject
    Searches searches;

    private String q;
    /** The values chosen in each facet dim (several at once: "2014 or 2016"), from the URL's repeated parameters. */
    private final Map<String, Set<String>> chosen = new LinkedHashMap<>();
    private String tri;
    private int page;
    private SearchResults results;

    public void load() {
        Map<String, String[]> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        for (String dim : DIMS) {
            Set<String> values = new LinkedHashSet<>();
            for (String value : parameters.getOrDefault(PARAMS.get(dim), new String[0])) {
                if (value != null && !value.isBlank()) {
                    values.add(value.strip());
                }
            }
            chosen.put(dim, values);
        }
        if (q == null) {
            // opened without a search: the help; submitted empty: say so too
            if (parameters.containsKey("q")) {
                PageMessages.error(org.kafo.search.query.UserQueryParser.EMPTY);
            }
            return;
        }
        try {
            Set<Integer> years = new LinkedHashSet<>();
            for (String year : chosen.get("year")) {
                years.add(Integer.valueOf(year));
            }
            results = searches.search(caller.get(), q, chosen.get("kind"), years, chosen.get("organisation"), chosen.get("theme"),
                    "date".equals(tri) ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE, Math.max(0, page), PAGE_SIZE);
        } catch (NumberFormatException e) {
            PageMessages.error(PageMessages.text("search.badYear"));
        } catch (DomainException e) {
            PageMessages.refused(e);
        }
    }

    public SearchResults getResults() {
        return results;
    }

    /** The link that runs the proposed spelling ("Vouliez-vous dire : …"), the filters kept. */
    public String getSuggestionLink() {
        if (results == null || results.suggestion() == null) {
            return null;
        }
        Map<String, List<String>> params = params();
        params.put("q", List.of(results.suggestion()));
        params.remove("page");
        return url(params);
    }

    /** What the search also looked for, one line per kind: "Lieux : Tinzaouaten → Tinzawaten, …". */
    public List<String> getExpansionLines() {
        if (results == null) {
            return List.of();
        }
        ResourceBundle bundle = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
        List<String> lines = new ArrayList<>();
        for (String kind : List.of("translation", "place", "spelling")) {
            List<String> parts = results.expansions().stream().filter(e -> e.kind().equals(kind))
                    .map(e -> "« " + e.typed() + " » → " + String.join(", ", e.alternatives().subList(0, Math.min(4, e.alternatives().size()))))
                    .toList();
            if (!parts.isEmpty()) {
                lines.add(bundle.getString("search.expanded." + kind) + " " + String.join(" ; ", parts));
            }
        }
        return lines;
    }

    /** One facet dim with its values, as the page lists it. */
    public record FacetGroup(String dim, List<SearchResults.FacetCount> values) {
    }

    /** The facets that have values, in the order the page shows them. */
    public List<FacetGroup> getFacets() {
        List<FacetGroup> shown = new java.util.ArrayList<>();
        for (String dim : DIMS) {
            List<SearchResults.FacetCount> values = results == null ? List.of() : results.facets().getOrDefault(dim, List.of());
            if (!values.isEmpty()) {
                shown.add(new FacetGroup(dim, mostFrequent(dim, values)));
            }
        }
        return shown;
    }

    /** The first values (years: the latest), plus the chosen one wherever it ranks: a phone screen is short. */
    private List<SearchResults.FacetCount> mostFrequent(String dim, List<SearchResults.FacetCount> values) {
        List<SearchResults.FacetCount> shown = new java.util.ArrayList<>(values.subList(0, Math.min(FACET_VALUES, values.size())));
        values.stream().filter(v -> selected(dim, v.value()) && !shown.contains(v)).forEach(shown::add);
        return shown;
    }

    public boolean selected(String dim, String value) {
        return chosen.getOrDefault(dim, Set.of()).contains(value);
    }

    /** This search with {@code value} added to the values chosen in {@code dim}, or taken out when it was one (a toggle). */
    public String facetLink(String dim, String value) {
        Map<String, List<String>> params = params();
        List<String> values = new ArrayList<>(params.get(PARAMS.get(dim)));
        if (!values.remove(value)) {
            values.add(value);
        }
        params.put(PARAMS.get(dim), values);
        params.remove("page");
        return url(params);
    }

    public String sortLink(String sort) {
        Map<String, List<String>> params = params();
        params.put("tri", "date".equals(sort) ? List.of("date") : List.of());
        params.remove("page");
        return url(params);
    }

    public String pageLink(int target) {
        Map<String, List<String>> params = params();
        params.put("page", target == 0 ? List.of() : List.of(String.valueOf(target)));
        return url(params);
    }

    public boolean isLastPage() {
        return results == null || (long) (page + 1) * PAGE_SIZE >= results.totalHits();
    }

    /** "Document", "Alerte"… from the bundle; the raw kind for one no feature has named yet. */
    public String kindLabel(String kind) {
        ResourceBundle bundle = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
        String key = "search.kind." + kind;
        return bundle.containsKey(key) ? bundle.getString(key) : kind;
    }

    public String facetLabel(String dim, String value) {
        return "kind".equals(dim) ? kindLabel(value) : value;
    }

    private Map<String, List<String>> params() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("q", q == null ? List.of() : List.of(q));
        for (String dim : DIMS) {
            params.put(PARAMS.get(dim), List.copyOf(chosen.getOrDefault(dim, Set.of())));
        }
        params.put("tri", tri == null ? List.of() : List.of(tri));
        params.put("page", page == 0 ? List.of() : List.of(String.valueOf(page)));
        return params;
    }

    private static String url(Map<String, List<String>> params) {
        StringBuilder url = new StringBuilder("/recherche.xhtml");
        char separator = '?';
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            for (String value : p.getValue()) {
                if (value != null && !value.isBlank()) {
                    url.append(separator).append(p.getKey()).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                    separator = '&';
                }
            }
        }
        return url.toString();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getTri() {
        return tri;
    }

    public void setTri(String tri) {
        this.tri = tri;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
