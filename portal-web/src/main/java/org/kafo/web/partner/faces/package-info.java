/**
 * The partners' pages: the coordination's list of partners with its two forms ({@code OnboardingForm},
 * {@code ObserverForm}), an association's members with its invitation form ({@code InviteForm}), and "Mes invitations".
 */
package org.kafo.web.partner.faces;
