/** The partners' API: tenants (public), onboarding and observers (coordination), members (an association's admins), my invitations. */
package org.kafo.web.partner.rest;
