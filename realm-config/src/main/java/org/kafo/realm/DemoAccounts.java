package org.kafo.realm;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The demo users, read from the realm file (the one source of truth): for the run command to print and
 * for tests to iterate. Service accounts are not demo users and are left out.
 */
public final class DemoAccounts {

    private static final List<DemoAccount> ALL = read(KafoRealm.representation());

    private DemoAccounts() {
    }

    /** Every demo user, in the order of the realm file. */
    public static List<DemoAccount> all() {
        return ALL;
    }

    public static DemoAccount get(String username) {
        return ALL.stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no demo user " + username));
    }

    /** The demo users whose highest role is {@code role}. */
    public static List<DemoAccount> withRole(String role) {
        return ALL.stream().filter(a -> a.role().equals(role)).toList();
    }

    /** The demo users who are members of the organization {@code alias}. */
    public static List<DemoAccount> ofTenant(String alias) {
        return ALL.stream().filter(a -> alias.equals(a.tenant())).toList();
    }

    /** A plain-text table of the demo users (username, password, role, association), for a console. */
    public static String table() {
        String[] head = {"utilisateur", "mot de passe", "rôle", "association", "nom"};
        List<String[]> rows = ALL.stream().map(a -> new String[] {
                a.username(), a.password(), a.role(),
                a.tenantAlias().flatMap(KafoRealm::organization).map(o -> a.tenant() + " (" + o.name() + ")").orElse("—"),
                a.displayName()}).toList();
        int[] width = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            width[i] = head[i].length();
            for (String[] row : rows) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, head, width);
        for (String[] row : rows) {
            appendRow(out, row, width);
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] width) {
        for (int i = 0; i < cells.length; i++) {
            out.append("  ").append(cells[i]);
            if (i < cells.length - 1) {
                out.append(" ".repeat(width[i] - cells[i].length()));
            }
        }
        out.append(System.lineSeparator());
    }

    static List<DemoAccount> read(JsonObject realm) {
        Map<String, String> tenantOf = new HashMap<>();
        for (KafoRealm.Organization organization : Json.objects(realm, "organizations").stream()
                .map(KafoRealm.Organization::of).toList()) {
            for (String member : organization.members()) {
                String previous = tenantOf.put(member, organization.alias());
                if (previous != null) {
                    throw new IllegalStateException(member + " is a member of both " + previous + " and "
                            + organization.alias() + ": a demo user belongs to one association at most");
                }
            }
        }
        return Json.objects(realm, "users").stream()
                .filter(user -> !user.containsKey("serviceAccountClientId"))
                .map(user -> {
                    String username = Json.string(user, "username").orElseThrow();
                    String password = Json.objects(user, "credentials").stream()
                            .filter(c -> Json.string(c, "type").orElse("").equals("password"))
                            .map(c -> Json.string(c, "value").orElseThrow())
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("demo user " + username + " has no password"));
                    List<String> roles = Json.strings(user, "realmRoles").stream().filter(KafoRealm.ROLES::contains).toList();
                    return new DemoAccount(username, password, Json.string(user, "firstName").orElse(""),
                            Json.string(user, "lastName").orElse(""), Json.string(user, "email").orElse(""),
                            roles, tenantOf.get(username));
                })
                .toList();
    }
}
