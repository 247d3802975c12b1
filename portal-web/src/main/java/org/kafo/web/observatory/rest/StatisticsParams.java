package org.kafo.web.observatory.rest;

import jakarta.ws.rs.QueryParam;
import org.kafo.web.observatory.ObservatoryRequest;

/** The figures' query parameters; checked by the domain (a bad one is a 400 problem+json naming it, in French). */
public class StatisticsParams {

    /** {@code own}, {@code network} or {@code public}; none: network for the signed-in, public for visitors. */
    @QueryParam("scope")
    public String scope;

    /** {@code 2025}, {@code 2025-T2} or {@code 2025-03}; none: this year (public: the latest published period). */
    @QueryParam("period")
    public String period;

    /** A kind of return: AIR_ESCORTED, AIR_CHARTER, LAND_PUSHBACK, LAND_CONVOY, REPATRIATION, VOLUNTARY_RETURN, INTERNAL_DISPLACEMENT. */
    @QueryParam("kind")
    public String kind;

    /** An origin country, ISO 3166 alpha-2. */
    @QueryParam("origin")
    public String origin;

    /** A region of arrival (its code: bamako, gao, kayes…). */
    @QueryParam("region")
    public String region;

    /** {@code no-cache}: computed again rather than as kept since the last alert change. */
    @jakarta.ws.rs.HeaderParam("Cache-Control")
    public String cacheControl;

    boolean fresh() {
        return cacheControl != null && cacheControl.contains("no-cache");
    }

    ObservatoryRequest.Asked asked() {
        return new ObservatoryRequest.Asked(scope, period, kind, origin, region);
    }
}
