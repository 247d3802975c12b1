package org.kafo.web.observatory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kafo.domain.observatory.FigureTable;
import org.kafo.domain.observatory.Figures;
import org.kafo.domain.observatory.Scope;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.observatory.Charts;
import org.kafo.web.observatory.Drawing;
import org.kafo.web.observatory.MaliMap;
import org.kafo.web.observatory.ObservatoryNames;
import org.kafo.web.observatory.ObservatoryRequest;
import org.kafo.web.observatory.PeriodChoices;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /observatoire/}: the figures of a period as charts, a map and tables, from a plain GET form (scope, year, part
 * of the year, filters), with their downloads. Nothing is posted: the address is the question, so it can be shared.
 */
@Named
@RequestScoped
public class ObservatoryPage {

    @Inject
    CurrentCaller caller;

    @Inject
    ObservatoryRequest request;

    @Inject
    ObservatoryNames names;

    private String scope;
    private String period;
    private Integer year;
    private String part;
    private String kind;
    private String origin;
    private String region;
    private Figures figures;

    /** Computes the figures asked; a refusal (a period not published, a scope one has no figures in) is said on the page. */
    public void load() {
        try {
            figures = request.figures(caller.get(), new ObservatoryRequest.Asked(scope,
                    year == null && period != null ? period : PeriodChoices.code(year, part), kind, origin, region));
            scope = figures.scope().name().toLowerCase(java.util.Locale.ROOT);
            year = figures.period().year();
            part = PeriodChoices.part(figures.period());
        } catch (DomainException e) {
            PageMessages.refused(e);
        }
    }

    public Figures getFigures() {
        return figures;
    }

    public FigureTable table(String id) {
        return figures.table(id);
    }

    /** Each drawing is laid out once per request, however often the page's template refers to it. */
    private final Map<String, Drawing> drawings = new java.util.HashMap<>();

    public Drawing getMonthly() {
        return drawings.computeIfAbsent("by-month", k -> Charts.monthly(figures.table(k), "expected", "received"));
    }

    public Drawing bars(String id) {
        return drawings.computeIfAbsent(id, k -> Charts.bars(figures.table(k), "expected", "series-1"));
    }

    public Drawing getMap() {
        return drawings.computeIfAbsent("map", k -> MaliMap.of(figures.table("by-point"), "received", names.points()));
    }

    /** The address's query, for the downloads of the same figures. */
    public String getQuery() {
        StringBuilder q = new StringBuilder("?scope=").append(scope).append("&period=").append(figures.period().code());
        for (String[] p : new String[][] {{"kind", kind}, {"origin", origin}, {"region", region}}) {
            if (p[1] != null && !p[1].isBlank()) {
                q.append('&').append(p[0]).append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    /** The origin countries of the figures shown (and the one chosen): a short list rather than every country. */
    public Map<String, String> getOrigins() {
        Map<String, String> origins = new LinkedHashMap<>();
        if (origin != null && !origin.isBlank() && Countries.isKnown(origin)) {
            origins.put(origin.toUpperCase(java.util.Locale.ROOT), Countries.frenchName(origin));
        }
        if (figures != null) {
            figures.table("by-origin").rows().forEach(r -> origins.put(r.key(), r.label()));
        }
        return origins;
    }

    public boolean isOwn() {
        return figures != null && figures.scope() == Scope.OWN;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    /** A period as the files and the API write it ({@code 2025-T2}), for addresses shared from elsewhere. */
    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getPart() {
        return part;
    }

    public void setPart(String part) {
        this.part = part;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
