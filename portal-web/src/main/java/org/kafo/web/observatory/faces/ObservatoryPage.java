package org.kafo.web.observatory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kafo.domain.alert.AlertKind;
import org.kafo.domain.observatory.FigureTable;
import org.kafo.domain.observatory.Figures;
import org.kafo.domain.observatory.Observatory;
import org.kafo.domain.observatory.Publication;
import org.kafo.domain.observatory.Scope;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.reference.Region;
import org.kafo.domain.reference.Regions;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.DomainMessages;
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
    Observatory observatory;

    @Inject
    ObservatoryNames names;

    @Inject
    Regions regions;

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
            DomainMessages.error(e);
        }
    }

    public Figures getFigures() {
        return figures;
    }

    public FigureTable table(String id) {
        return figures.table(id);
    }

    public Drawing getMonthly() {
        return Charts.monthly(figures.table("by-month"), "expected", "received");
    }

    public Drawing bars(String id) {
        return Charts.bars(figures.table(id), "expected", "series-1");
    }

    public Drawing getMap() {
        return MaliMap.of(figures.table("by-point"), "received", names.points());
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

    /** The scopes this person has figures in: their association's (members), the network's (signed in), the public ones. */
    public List<Scope> getScopes() {
        List<Scope> scopes = new ArrayList<>();
        if (caller.get().tenant() != null && caller.get().signedIn()) {
            scopes.add(Scope.OWN);
        }
        if (caller.get().signedIn()) {
            scopes.add(Scope.NETWORK);
        }
        scopes.add(Scope.PUBLIC);
        return scopes;
    }

    public List<Integer> getYears() {
        return PeriodChoices.years();
    }

    public List<PeriodChoices.Choice> getParts() {
        FacesContext context = FacesContext.getCurrentInstance();
        return PeriodChoices.parts(context.getViewRoot().getLocale(), DomainMessages.text("observatory.form.wholeYear"),
                DomainMessages.text("observatory.form.quarter"));
    }

    public AlertKind[] getKinds() {
        return AlertKind.values();
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

    public List<Region> getRegions() {
        return regions.active();
    }

    public List<Publication> getPublications() {
        return observatory.publications();
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
