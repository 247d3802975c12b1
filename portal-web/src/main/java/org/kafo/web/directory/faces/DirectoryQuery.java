package org.kafo.web.directory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.DirectoryFilter.Part;
import org.kafo.domain.directory.Page;
import org.kafo.domain.directory.WiderSearch;
import org.kafo.web.directory.DirectoryAddress;

/**
 * The referral question as the directory's two lists read it from their address ({@code ?category=psychosocial&
 * targetGroup=femmes&region=gao&q=…&first=20}), plain GET pages, bookmarkable: the filters, and where the page of
 * results stands ({@link ServicesPage} and {@link ActorsPage} say which page they read); the active filters as chips, and
 * the nearest wider search when nothing answers.
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
    private WiderSearch wider;

    @Inject
    DirectoryLists lists;

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
        return DirectoryAddress.query(filter());
    }

    /**
     * The active filters, each a chip whose link is this search without it: a plain link, no script, and the summary of
     * the search once the form is folded away.
     */
    public List<Chip> getChips() {
        DirectoryFilter filter = filter();
        return filter.parts().stream().map(part -> chip(filter, part)).toList();
    }

    /** The nearest wider search that has answers, when this one has none; {@code null} otherwise. */
    public Wider getWider() {
        if (wider == null) {
            return null;
        }
        DirectoryFilter filter = filter();
        // "every region" says that the city goes too
        boolean everyRegion = wider.widened().contains(Part.REGION);
        return new Wider(wider.widened().stream().filter(part -> !(everyRegion && part == Part.CITY)).map(part -> chip(filter, part))
                .toList(), wider.total(), DirectoryAddress.query(wider.filter()));
    }

    /** Whether nothing answers and nothing wider would either. */
    public boolean isNothingWider() {
        return results != null && results.total() == 0 && isFiltered() && wider == null;
    }

    void widen(Optional<WiderSearch> found) {
        this.wider = found.orElse(null);
    }

    /** A part of the search: its parameter, what a person reads for it, and the search without it. */
    private Chip chip(DirectoryFilter filter, Part part) {
        String value = filter.value(part);
        String shown = switch (part) {
            case CATEGORY -> lists.termName(lists.getCategories(), value);
            case TARGET_GROUP -> lists.termName(lists.getTargetGroups(), value);
            case REGION -> lists.regionName(value);
            default -> value;
        };
        String name = part == Part.TEXT ? "text" : DirectoryAddress.parameter(part);
        return new Chip(name, value, shown, DirectoryAddress.query(filter.without(EnumSet.of(part))));
    }

    /**
     * One active filter: {@code name} the part it is ({@code region}, {@code text}: the suffix of its label's key),
     * {@code value} as in the address, {@code shown} as a person reads it ("Gao"; a kind is read from the bundle),
     * {@code without} the query string of the search without it.
     */
    public record Chip(String name, String value, String shown, String without) {
    }

    /** A wider search: the chips it widens (what the first search had), how many answer, its query string. */
    public record Wider(List<Chip> widened, long total, String query) {
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
