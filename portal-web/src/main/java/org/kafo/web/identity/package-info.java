/**
 * The one gateway to Keycloak's admin API ({@link org.kafo.web.identity.IdentityDirectory}, as the {@code kafo-admin}
 * service account, through Keycloak's admin client on Payara's Jersey): organizations (the tenants), accounts, their
 * membership and role, invitation e-mails, who an account is now (for the sessions, the event streams and the mail),
 * the network's administrators, and who acts for an association ({@link org.kafo.web.identity.AssociationContacts}).
 * Every failure to reach it is {@link org.kafo.web.identity.IdentityUnavailable} (503 on the API, said on a page).
 */
package org.kafo.web.identity;
