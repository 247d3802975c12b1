/**
 * Partner associations and their people on the web (onboarding and tenants, issue 3): the coordination brings in
 * partner associations and suspends them ({@link org.kafo.web.partner.Onboarding}); each association's administrators
 * manage their own members ({@link org.kafo.web.partner.MemberChanges}, {@link org.kafo.web.partner.MemberInvitations});
 * an invitation to an existing account is an offer its owner accepts. Keycloak holds the organizations and accounts
 * ({@code org.kafo.web.identity}); the portal holds the tenants, the rules and the audit log, and orders the two so that
 * they agree after every operation. {@code rest} is the API ({@code /api/v1/tenants}, {@code /partners},
 * {@code /members}, {@code /observers}, {@code /me/invitations}), {@code faces} the pages, {@code mail} the offer's mail.
 */
package org.kafo.web.partner;
