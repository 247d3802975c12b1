package org.kafo.domain.directory;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * How Kafo writes the directory in Open Referral HSDS 3.0 (JSON): one object with {@code version},
 * {@code profile}, {@code taxonomies}, {@code taxonomy_terms} and {@code organizations}, each organization
 * with its {@code contacts}, {@code phones}, {@code locations} (addresses, schedules) and {@code services}
 * (languages, schedules, attributes naming taxonomy terms, service_at_locations by {@code location_id}).
 * What HSDS 3.0 has no field for travels in extension fields prefixed {@code x_kafo_} (kind of
 * organisation, country, member association, visibility, places available, who assured a service).
 */
final class Hsds {

    static final String VERSION = "3.0";
    static final String PROFILE = "urn:kafo:hsds:annuaire:1";

    static final String KIND = "x_kafo_kind";
    static final String COUNTRY = "x_kafo_country";
    static final String TENANT = "x_kafo_tenant";
    static final String VISIBILITY = "x_kafo_visibility";
    static final String CAPACITY = "x_kafo_capacity";
    static final String ASSURED_BY = "x_kafo_assured_by";

    private Hsds() {
    }

    /** A stable id for a record Kafo keeps without one (a contact, a schedule …): the same at every export. */
    static String derivedId(Object... parts) {
        StringBuilder key = new StringBuilder("kafo");
        for (Object part : parts) {
            key.append('/').append(part);
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
