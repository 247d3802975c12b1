package org.kafo.web.api;

/** Role names for {@code @RolesAllowed}, as the token carries them. */
public final class Roles {

    public static final String NETWORK_ADMIN = "network-admin";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String MEMBER = "member";
    public static final String OBSERVER = "observer";

    private Roles() {
    }
}
