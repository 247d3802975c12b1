package org.kafo.domain.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the network, as Keycloak names them in the access token. */
public enum Role {
    /** The network's coordination: manages partners and the shared taxonomies. */
    NETWORK_ADMIN("network-admin"),
    /** Manages its own association: its members, its directory entry. */
    TENANT_ADMIN("tenant-admin"),
    /** Works inside its association: posts alerts, reports, documents. */
    MEMBER("member"),
    /** Seminar participant or guest: reads what the network shares. */
    OBSERVER("observer");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claimValue.equals(value)).findFirst();
    }
}
