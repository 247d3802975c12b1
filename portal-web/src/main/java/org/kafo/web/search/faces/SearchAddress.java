package org.kafo.web.search.faces;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search as its address says it ({@code /recherche.xhtml?q=…&type=…&annee=2014&annee=2016&tri=date&page=2}): the
 * words, the values chosen in each facet (several at once, repeated parameters: "2014 or 2016"), the order, the page;
 * and the addresses of the same search with one thing changed, so that every state of the page is a link.
 */
final class SearchAddress {

    /** The facet dims, in the order the page shows them. */
    static final List<String> DIMS = List.of("kind", "year", "organisation", "theme");
    /** The URL parameter of each facet dim, in French as the addresses are. */
    static final Map<String, String> PARAMS = Map.of("kind", "type", "year", "annee", "organisation", "organisation",
            "theme", "theme");

    private final String q;
    private final Map<String, Set<String>> chosen;
    private final String tri;
    private final int page;

    private SearchAddress(String q, Map<String, Set<String>> chosen, String tri, int page) {
        this.q = q;
        this.chosen = chosen;
        this.tri = tri;
        this.page = page;
    }

    /** The search the request's parameters say. */
    static SearchAddress of(String q, Map<String, String[]> parameters, String tri, int page) {
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        for (String dim : DIMS) {
            Set<String> values = new LinkedHashSet<>();
            for (String value : parameters.getOrDefault(PARAMS.get(dim), new String[0])) {
                if (value != null && !value.isBlank()) {
                    values.add(value.strip());
                }
            }
            chosen.put(dim, values);
        }
        return new SearchAddress(q, chosen, tri, page);
    }

    Set<String> chosen(String dim) {
        return chosen.getOrDefault(dim, Set.of());
    }

    boolean selected(String dim, String value) {
        return chosen(dim).contains(value);
    }

    /** The same search with other words (a proposed spelling), from its first page. */
    String withWords(String words) {
        Map<String, List<String>> params = params();
        params.put("q", List.of(words));
        params.remove("page");
        return url(params);
    }

    /** The same search with {@code value} added to the values chosen in {@code dim}, or taken out when it was one (a toggle). */
    String toggled(String dim, String value) {
        Map<String, List<String>> params = params();
        List<String> values = new ArrayList<>(params.get(PARAMS.get(dim)));
        if (!values.remove(value)) {
            values.add(value);
        }
        params.put(PARAMS.get(dim), values);
        params.remove("page");
        return url(params);
    }

    String sortedBy(String sort) {
        Map<String, List<String>> params = params();
        params.put("tri", "date".equals(sort) ? List.of("date") : List.of());
        params.remove("page");
        return url(params);
    }

    String atPage(int target) {
        Map<String, List<String>> params = params();
        params.put("page", target == 0 ? List.of() : List.of(String.valueOf(target)));
        return url(params);
    }

    private Map<String, List<String>> params() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("q", q == null ? List.of() : List.of(q));
        for (String dim : DIMS) {
            params.put(PARAMS.get(dim), List.copyOf(chosen(dim)));
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
}
