package org.kafo.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Caller;
import org.kafo.search.query.SearchRequest;
import org.kafo.search.query.SearchResults;
import org.kafo.web.faces.DomainMessages;

/**
 * {@code /recherche.xhtml}: the results of the header's search box, with one filter per facet (kind, year,
 * organisation, theme), sort by relevance or date, ten hits a page. Every state is in the URL (GET), so a
 * search can be bookmarked, shared and reloaded on a flaky connection.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 10;
    static final int FACET_VALUES = 8;
    /** The URL parameter of each facet dim, in French as the addresses are. */
    static final Map<String, String> PARAMS = Map.of("kind", "type", "year", "annee", "organisation", "organisation",
            "theme", "theme");

    @Inject
    Caller caller;

    @Inject
    Searches searches;

    private String q;
    private String type;
    private String annee;
    private String organisation;
    private String theme;
    private String tri;
    private int page;
    private SearchResults results;

    public void load() {
        if (q == null) {
            // opened without a search: the help; submitted empty: say so too
            if (FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().containsKey("q")) {
                DomainMessages.error(org.kafo.search.query.UserQueryParser.EMPTY);
            }
            return;
        }
        try {
            Integer year = annee == null || annee.isBlank() ? null : Integer.valueOf(annee.strip());
            results = searches.search(caller, q, one(type), year == null ? Set.of() : Set.of(year), one(organisation),
                    one(theme), "date".equals(tri) ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE, Math.max(0, page),
                    PAGE_SIZE);
        } catch (NumberFormatException e) {
            DomainMessages.error(DomainMessages.text("search.badYear"));
        } catch (DomainException e) {
            DomainMessages.error(e);
        }
    }

    public SearchResults getResults() {
        return results;
    }

    /** One facet dim with its values, as the page lists it. */
    public record FacetGroup(String dim, List<SearchResults.FacetCount> values) {
    }

    /** The facets that have values, in the order the page shows them. */
    public List<FacetGroup> getFacets() {
        List<FacetGroup> shown = new java.util.ArrayList<>();
        for (String dim : List.of("kind", "year", "organisation", "theme")) {
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
        return value.equals(current(dim));
    }

    /** This search with {@code dim} set to {@code value}, or unset when it was already that (a toggle). */
    public String facetLink(String dim, String value) {
        Map<String, String> params = params();
        params.put(PARAMS.get(dim), value.equals(current(dim)) ? null : value);
        params.remove("page");
        return url(params);
    }

    public String sortLink(String sort) {
        Map<String, String> params = params();
        params.put("tri", "date".equals(sort) ? "date" : null);
        params.remove("page");
        return url(params);
    }

    public String pageLink(int target) {
        Map<String, String> params = params();
        params.put("page", target == 0 ? null : String.valueOf(target));
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

    private String current(String dim) {
        return switch (dim) {
            case "kind" -> type;
            case "year" -> annee;
            case "organisation" -> organisation;
            case "theme" -> theme;
            default -> null;
        };
    }

    private Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("type", type);
        params.put("annee", annee);
        params.put("organisation", organisation);
        params.put("theme", theme);
        params.put("tri", tri);
        params.put("page", page == 0 ? null : String.valueOf(page));
        return params;
    }

    private static String url(Map<String, String> params) {
        StringBuilder url = new StringBuilder("/recherche.xhtml");
        char separator = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getValue() != null && !p.getValue().isBlank()) {
                url.append(separator).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    private static Set<String> one(String value) {
        return value == null || value.isBlank() ? Set.of() : Set.of(value);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAnnee() {
        return annee;
    }

    public void setAnnee(String annee) {
        this.annee = annee;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
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
