package org.kafo.realm;

import java.nio.file.Path;

/**
 * A Keycloak installed as an operator installs it (the production mode's {@code kc.sh build} then
 * {@code kc.sh start --optimized}), for the release's tests: a fresh home made of the per-machine cache's unpacked
 * distribution (see {@link KeycloakServer}), with the build of earlier runs when one was kept under the same name, so
 * that the slow {@code kc.sh build} (a Quarkus re-augmentation) runs once per machine.
 */
public final class KeycloakInstallation {

    private KeycloakInstallation() {
    }

    /**
     * Lays out {@code home} (which must not exist) with the distribution of {@code kafo.keycloak.dist}.
     *
     * @param buildName the build options, as a name (e.g. {@code postgres-health})
     * @return whether the build kept under that name was put in place (then no {@code kc.sh build} is needed)
     */
    public static boolean prepare(Path home, String buildName) {
        return cache().newHome(home, buildName);
    }

    /** Keeps the build of {@code home} (after its {@code kc.sh build}) for the next installations of that name. */
    public static void keepBuild(Path home, String buildName) {
        cache().keepBuild(home, buildName);
    }

    /** The version's folder name, e.g. {@code keycloak-26.7.3}. */
    public static String version() {
        return Distribution.locate(null).folder();
    }

    private static BuildCache cache() {
        return new BuildCache(BuildCache.defaultDir(), Distribution.locate(null));
    }
}
