package org.kafo.web.observatory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kafo.domain.alert.ArrivalPoint;
import org.kafo.domain.alert.ArrivalPoints;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;

/** Names instead of codes, for the observatory's files and pages: associations and arrival points (public lists). */
@ApplicationScoped
public class ObservatoryNames {

    @Inject
    TenantRegistry tenants;

    @Inject
    ArrivalPoints points;

    public String association(String alias) {
        return alias == null ? "—" : tenants.find(alias).map(Tenant::shortName).orElse(alias);
    }

    public String point(String code) {
        return points().containsKey(code) ? points().get(code).name() : code;
    }

    /** Every arrival point by code, retired ones included (old alerts keep their place). */
    public Map<String, ArrivalPoint> points() {
        return points.all().stream().collect(Collectors.toMap(ArrivalPoint::code, Function.identity()));
    }
}
