package org.kafo.domain.tenant;

/**
 * A new partner association joined the network (fired as a CDI event inside the onboarding transaction).
 * The directory observes it to create the association's entry in the same transaction, so the tenant
 * and its directory entry exist together or not at all.
 *
 * @param alias   the tenant alias (also the Keycloak Organization's alias)
 * @param name    the association's full name
 * @param acronym its acronym, or {@code null}
 * @param country ISO 3166-1 alpha-2
 * @param city    where it is based, or {@code null}
 * @param kind    its kind of organisation as the directory names them (e.g. {@code association-de-migrants})
 * @param contactEmail the contact address given at onboarding, or {@code null}
 */
public record PartnerOnboarded(String alias, String name, String acronym, String country, String city, String kind,
                               String contactEmail) {
}
