package org.kafo.web.search.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.kafo.domain.shared.DomainException;
import org.kafo.search.query.SearchRequest;
import org.kafo.search.query.SearchResults;
import org.kafo.web.faces.Labels;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.search.Searches;
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

    @Inject
    CurrentCaller caller;

    @Inject
    Searches searches;

    @Inject
    Labels labels;

    private String q;
    private String tri;
    private int page;
    private SearchResults results;
    private SearchAddress address;

    public void load() {
        Map<String, String[]> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        address = SearchAddress.of(q, parameters, tri, page);
        if (q == null) {
            // opened without a search: the help; submitted empty: say so too
            if (parameters.containsKey("q")) {
                PageMessages.error(org.kafo.search.query.UserQueryParser.EMPTY);
            }
            return;
        }
        try {
            Set<Integer> years = new LinkedHashSet<>();
            for (String year : address.chosen("year")) {
                years.add(Integer.valueOf(year));
            }
            results = searches.search(caller.get(), q, address.chosen("kind"), years, address.chosen("organisation"), address.chosen("theme"),
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
        return address.withWords(results.suggestion());
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
        for (String dim : SearchAddress.DIMS) {
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
        return address != null && address.selected(dim, value);
    }

    /** This search with {@code value} added to the values chosen in {@code dim}, or taken out when it was one (a toggle). */
    public String facetLink(String dim, String value) {
        return address.toggled(dim, value);
    }

    public String sortLink(String sort) {
        return address.sortedBy(sort);
    }

    public String pageLink(int target) {
        return address.atPage(target);
    }

    public boolean isLastPage() {
        return results == null || (long) (page + 1) * PAGE_SIZE >= results.totalHits();
    }

    /** "Document", "Alerte"… from the bundle; the raw kind for one no feature has named yet. */
    public String facetLabel(String dim, String value) {
        return "kind".equals(dim) ? labels.kind(value) : value;
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
