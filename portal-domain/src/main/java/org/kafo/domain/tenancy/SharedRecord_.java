package org.kafo.domain.tenancy;

/** Attribute names of {@link SharedRecord}, for criteria queries (kept by hand: no annotation processor). */
final class SharedRecord_ {
    static final String VISIBILITY = "visibility";
    static final String OWNER_TENANT = "ownerTenant";
    static final String PARTNER_TENANTS = "partnerTenants";

    private SharedRecord_() {
    }
}
