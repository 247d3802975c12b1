package org.kafo.web.alert.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.kafo.domain.alert.AlertContent;
import org.kafo.domain.alert.AlertKind;
import org.kafo.domain.alert.AlertStatus;
import org.kafo.domain.alert.ArrivalPoint;
import org.kafo.domain.alert.ArrivalPointKind;
import org.kafo.domain.alert.ArrivalPoints;
import org.kafo.domain.alert.Assistance;
import org.kafo.domain.alert.Audience;
import org.kafo.domain.alert.Certainty;
import org.kafo.domain.alert.Severity;
import org.kafo.domain.alert.Urgency;
import org.kafo.domain.alert.Vulnerability;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.reference.Region;
import org.kafo.domain.reference.Regions;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.faces.Language;
import org.kafo.web.faces.PartnerChoices;

/** The lists the alert pages choose from; labels come from the message bundle ({@code alert.kind.AIR_CHARTER}…). */
@Named
@RequestScoped
public class AlertChoices {

    @Inject
    ArrivalPoints points;

    @Inject
    Regions regions;

    @Inject
    TenantRegistry tenants;

    @Inject
    PartnerChoices partners;

    private List<ArrivalPoint> activePoints;

    public List<String> getKinds() {
        return names(AlertKind.values());
    }

    public List<String> getStatuses() {
        return names(AlertStatus.values());
    }

    public List<String> getCertainties() {
        return names(Certainty.values());
    }

    public List<String> getUrgencies() {
        return names(Urgency.values());
    }

    public List<String> getSeverities() {
        return names(Severity.values());
    }

    public List<String> getVulnerabilities() {
        return names(Vulnerability.values());
    }

    public List<String> getAssistances() {
        return names(Assistance.values());
    }

    public List<String> getAudiences() {
        return names(Audience.values());
    }

    public List<String> getPointKinds() {
        return names(ArrivalPointKind.values());
    }

    public List<ArrivalPoint> getPoints() {
        if (activePoints == null) {
            activePoints = points.active();
        }
        return activePoints;
    }

    public List<Region> getRegions() {
        return regions.active();
    }

    public List<Countries.Country> getCountries() {
        return Countries.all(Language.ofPage());
    }

    /** The country picker's answers (codes): the usual origins first, found as typed in the page's language or in French ({@link Countries#matching}). */
    public List<String> completeCountry(String typed) {
        return Countries.matching(typed, Language.ofPage()).stream().map(Countries.Country::code).toList();
    }

    /** The partner picker's answers (aliases): the other associations, never the caller's own. */
    public List<String> completePartner(String typed) {
        return partners.complete(typed);
    }

    public String partnerName(String alias) {
        return alias == null ? "" : partners.name(alias);
    }

    public int getMaxTransit() {
        return AlertContent.MAX_TRANSIT;
    }

    public int getMaxLongText() {
        return AlertContent.MAX_LONG_TEXT;
    }

    public List<Tenant> getTenants() {
        return tenants.all();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
