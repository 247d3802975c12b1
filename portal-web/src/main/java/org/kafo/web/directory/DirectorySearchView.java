package org.kafo.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.directory.Page;
import org.kafo.domain.directory.Service;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/**
 * The directory's two lists, as plain GET pages (bookmarkable, no view state): {@code /annuaire/} answers
 * the referral question with services; {@code /annuaire/acteurs.xhtml} lists the actors.
 */
@Named
@RequestScoped
public class DirectorySearchView {

    static final int PAGE_SIZE = 20;

    @Inject
    CurrentCaller caller;

    @Inject
    Organizations organizations;

    private String q;
    private String category;
    private String targetGroup;
    private String region;
    private String city;
    private String kind;
    private int first;
    private Page<Service> services;
    private Page<Organization> actors;

    public void searchServices() {
        try {
            services = organizations.services(caller.get(), filter(), Math.max(0, first), PAGE_SIZE);
        } catch (DomainException e) {
            PageMessages.refused(e);
        }
    }

    public void searchActors() {
        try {
            actors = organizations.organizations(caller.get(), filter(), Math.max(0, first), PAGE_SIZE);
        } catch (DomainException e) {
            PageMessages.refused(e);
        }
    }

    private DirectoryFilter filter() {
        return new DirectoryFilter(q, category, targetGroup, region, city, kind);
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

    public List<Service> getServices() {
        return services == null ? List.of() : services.items();
    }

    public List<Organization> getActors() {
        return actors == null ? List.of() : actors.items();
    }

    public long getTotal() {
        return services != null ? services.total() : actors != null ? actors.total() : 0;
    }

    public boolean isHasNext() {
        return services != null ? services.hasNext() : actors != null && actors.hasNext();
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

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }
}
