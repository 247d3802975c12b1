package org.kafo.web.directory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.Page;

/**
 * The referral question as the directory's two lists read it from their address ({@code ?category=psychosocial&
 * targetGroup=femmes&region=gao&q=…&first=20}), plain GET pages, bookmarkable: the filters, and where the page of
 * results stands ({@link ServicesPage} and {@link ActorsPage} say which page they read).
 */
@Named
@RequestScoped
public class DirectoryQuery {

    static final int PAGE_SIZE = 20;

    private String q;
    private String category;
    private String targetGroup;
    private String region;
    private String city;
    private String kind;
    private int first;
    private Page<?> results;

    DirectoryFilter filter() {
        return new DirectoryFilter(q, category, targetGroup, region, city, kind);
    }

    /** The page of results read with this query. */
    <T> Page<T> read(Page<T> page) {
        this.results = page;
        return page;
    }

    /** The filters as a query string, for the next page and the downloads. */
    public String getQueryString() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("category", category);
        params.put("targetGroup", targetGroup);
        params.put("region", region);
        params.put("city", city);
        params.put("kind", kind);
        return params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public boolean isFiltered() {
        return !getQueryString().isEmpty();
    }

    public long getTotal() {
        return results == null ? 0 : results.total();
    }

    public boolean isHasNext() {
        return results != null && results.hasNext();
    }

    public int getNextFirst() {
        return first + PAGE_SIZE;
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public int getPreviousFirst() {
        return Math.max(0, first - PAGE_SIZE);
    }

    // The filters, as the address gives them.
    public String getQ() { return q; }
    public void setQ(String v) { q = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getTargetGroup() { return targetGroup; }
    public void setTargetGroup(String v) { targetGroup = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public int getFirst() { return Math.max(0, first); }
    public void setFirst(int v) { first = v; }
}
