package org.kafo.domain.tenancy;

import java.util.Set;

/** What the visibility rule needs to know of a record that tenants share. */
public interface Shared {

    /** Alias of the tenant that owns the record; {@code null} for records the network keeps. */
    String ownerTenant();

    Visibility visibility();

    /** Tenants named on a {@link Visibility#PARTNERS} record. */
    Set<String> partnerTenants();
}
