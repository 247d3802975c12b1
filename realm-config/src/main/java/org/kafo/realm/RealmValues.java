package org.kafo.realm;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The environment-dependent values of a persistent realm (portal URL, client secrets) as Keycloak took
 * them at the first import. Keycloak resolves the realm file's placeholders at import time only: a later
 * start with other values changes nothing in the realm, so what the run command must hand to the portal
 * is what was imported, and a change deserves a warning.
 */
final class RealmValues {

    private static final System.Logger LOG = System.getLogger(RealmValues.class.getName());
    static final List<String> VARIABLES = List.of(KafoRealm.PORTAL_URL_VARIABLE, KafoRealm.PORTAL_SECRET_VARIABLE,
            KafoRealm.ADMIN_SECRET_VARIABLE);

    private RealmValues() {
    }

    /**
     * Records the values just imported, or reads those of an earlier import and warns about any that the
     * environment now sets differently.
     *
     * @return the values the realm holds, by variable name
     */
    static Map<String, String> reconcile(Path file, boolean importedNow, Map<String, String> environment) {
        Map<String, String> current = new TreeMap<>();
        VARIABLES.forEach(v -> current.put(v, KafoRealm.resolve(v, environment)));
        try {
            if (importedNow || !Files.isRegularFile(file)) {
                Properties properties = new Properties();
                properties.putAll(current);
                Files.createDirectories(file.getParent());
                Files.deleteIfExists(file);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    properties.store(out, "values of the realm kafo's placeholders at its import (secrets: keep private)");
                }
                return current;
            }
            Properties imported = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                imported.load(in);
            }
            Map<String, String> values = new TreeMap<>();
            for (String variable : VARIABLES) {
                String was = imported.getProperty(variable, current.get(variable));
                values.put(variable, was);
                if (!was.equals(current.get(variable))) {
                    boolean secret = !variable.equals(KafoRealm.PORTAL_URL_VARIABLE);
                    LOG.log(Level.WARNING, variable + " differs from its value when the realm was imported"
                            + (secret ? "" : " (" + was + ", now " + current.get(variable) + ")")
                            + "; Keycloak keeps the imported value. Change it in the admin console, or delete "
                            + file.resolveSibling("database") + " to import the realm again (losing its accounts).");
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the realm's imported values in " + file, e);
        }
    }
}
