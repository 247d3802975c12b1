/**
 * The partner associations of the network, each a tenant of the portal and a Keycloak Organization
 * with the same alias.
 */
package org.kafo.domain.tenant;
