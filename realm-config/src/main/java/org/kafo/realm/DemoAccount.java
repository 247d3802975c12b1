package org.kafo.realm;

import java.util.List;
import java.util.Optional;

/**
 * A demo user of the realm file. Demo credentials only: they exist so that a fresh run command and the
 * tests can sign in; a production realm does not import them.
 *
 * @param username  the login name
 * @param password  the demo password
 * @param email     a reserved {@code .example} address, never delivered
 * @param roles     the user's network roles (realm roles among {@link KafoRealm#ROLES})
 * @param tenant    the alias of the user's organization, or {@code null} for none (an observer)
 */
public record DemoAccount(String username, String password, String firstName, String lastName, String email,
                          List<String> roles, String tenant) {

    public DemoAccount {
        roles = List.copyOf(roles);
    }

    /** "First Last", as Keycloak writes the {@code name} claim. */
    public String displayName() {
        return firstName + " " + lastName;
    }

    /** The highest of the user's network roles. */
    public String role() {
        return KafoRealm.ROLES.stream().filter(roles::contains).findFirst()
                .orElseThrow(() -> new IllegalStateException(username + " has no network role"));
    }

    public Optional<String> tenantAlias() {
        return Optional.ofNullable(tenant);
    }
}
