package org.kafo.search.query;

import java.util.Set;

/**
 * One search as the user asked it. Filters within a dim are ORed (kind "alert" or "document"),
 * filters of different dims are ANDed.
 *
 * @param text what the user typed, see {@link UserQueryParser} for the language
 * @param kinds keep only these kinds; empty for all
 * @param years keep only these years; empty for all
 * @param organisations keep only these organisations; empty for all
 * @param themes keep only these themes; empty for all
 * @param sort relevance (default) or date, newest first
 * @param page zero-based page number
 * @param pageSize hits per page, 1 to {@link #MAX_PAGE_SIZE}
 */
public record SearchRequest(
        String text,
        Set<String> kinds,
        Set<Integer> years,
        Set<String> organisations,
        Set<String> themes,
        Sort sort,
        int page,
        int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 100;
    /** Deeper paging costs memory for no reader: better to refine the search. */
    public static final int MAX_DEPTH = 10_000;

    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        years = years == null ? Set.of() : Set.copyOf(years);
        organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (page < 0) {
            throw new InvalidQueryException("search.query.negativePage", "Le numéro de page ne peut pas être négatif.");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidQueryException("search.query.pageSize",
                    "Le nombre de résultats par page doit être compris entre 1 et " + MAX_PAGE_SIZE + ".", MAX_PAGE_SIZE);
        }
        if ((long) (page + 1) * pageSize > MAX_DEPTH) {
            throw new InvalidQueryException("search.query.tooDeep",
                    "Cette page est trop loin dans les résultats : affinez votre recherche.");
        }
    }

    /** First page of a plain search, by relevance, without filters. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, Sort.RELEVANCE, 0, DEFAULT_PAGE_SIZE);
    }
}
