package org.kafo.web.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.kafo.domain.alert.ArrivalPoint;
import org.kafo.domain.alert.ArrivalPoints;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;

/**
 * The names of arrival points and associations that every alert shown needs, kept half a minute
 * (re-read at once when a code is unknown), so that a page of the list costs no extra queries.
 */
@ApplicationScoped
public class AlertNames {

    private static final Duration KEEP = Duration.ofSeconds(30);

    @Inject
    ArrivalPoints points;

    @Inject
    TenantRegistry tenants;

    private volatile Names names;

    private record Names(Map<String, String> points, Map<String, String> tenants, Instant read) {
    }

    public String point(String code) {
        String name = current(code, true).points().get(code);
        return name == null ? code : name;
    }

    public String tenant(String alias) {
        if (alias == null) {
            return null;
        }
        String name = current(alias, false).tenants().get(alias);
        return name == null ? alias : name;
    }

    private Names current(String key, boolean point) {
        Names n = names;
        boolean missing = n != null && !(point ? n.points() : n.tenants()).containsKey(key);
        if (n == null || missing || n.read().plus(KEEP).isBefore(Instant.now())) {
            n = new Names(points.all().stream().collect(Collectors.toMap(ArrivalPoint::code, ArrivalPoint::name)),
                    tenants.all().stream().collect(Collectors.toMap(Tenant::alias, Tenant::shortName)), Instant.now());
            names = n;
        }
        return n;
    }
}
