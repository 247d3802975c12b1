/**
 * Onboarding (issue 3): the network's coordination brings in partner associations and suspends them;
 * each association's administrators manage their own members; the coordination invites seminar
 * participants. Keycloak holds the organizations and accounts ({@link org.kafo.web.onboarding.IdentityDirectory},
 * its admin client on Payara's Jersey); the portal holds the tenants, the rules and the audit log, and
 * orders the two so that they agree after every operation.
 */
package org.kafo.web.onboarding;
