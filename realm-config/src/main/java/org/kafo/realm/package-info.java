/**
 * The Keycloak side of Kafo: the realm {@code kafo} (one JSON file, the single source of truth, read by
 * {@link org.kafo.realm.KafoRealm}), its demo accounts ({@link org.kafo.realm.DemoAccounts}), the code
 * that fetches and starts the real Keycloak for the run command and the tests
 * ({@link org.kafo.realm.KeycloakServer}), and a small token client for tests and API examples
 * ({@link org.kafo.realm.TokenClient}).
 *
 * <p>A tenant is a Keycloak Organization; its alias is the tenant id. The access token of the
 * {@code kafo-portal} client carries it in the {@code organization} claim, a JSON array of aliases.
 */
package org.kafo.realm;
