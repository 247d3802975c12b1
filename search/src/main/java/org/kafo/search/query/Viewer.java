package org.kafo.search.query;

/**
 * Who is searching.
 *
 * @param tenant alias of the viewer's tenant (from the access token), {@code null} for none
 * @param signedIn whether the viewer is authenticated; anonymous visitors see PUBLIC records only
 */
public record Viewer(String tenant, boolean signedIn) {

    public static Viewer anonymous() {
        return new Viewer(null, false);
    }

    /** A signed-in user of a tenant. */
    public static Viewer member(String tenant) {
        return new Viewer(tenant, true);
    }

    /** A signed-in user who belongs to no tenant (a seminar observer, say). */
    public static Viewer signedInWithoutTenant() {
        return new Viewer(null, true);
    }
}
