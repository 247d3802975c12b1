package org.kafo.web.it.support;

/** The demo users of the realm (realm-config), by what the tests need them for. Password: see KeycloakServer. */
public final class Demo {

    public static final String NETWORK_ADMIN = "coordination";
    public static final String AME_ADMIN = "admin.ame";
    public static final String AME_MEMBER = "accueil.ame";
    public static final String CIMADE_ADMIN = "admin.cimade";
    public static final String CIMADE_MEMBER = "membre.cimade";
    public static final String APDHA_MEMBER = "membre.apdha";
    public static final String GAO_MEMBER = "membre.gao";
    public static final String OBSERVER = "observateur";
    public static final String ANONYMOUS = null;

    private Demo() {
    }
}
