package org.kafo.web.partner.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kafo.domain.membership.Invitation;
import org.kafo.domain.membership.MemberRole;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.partner.MemberInvitations;
import org.kafo.web.security.CurrentCaller;

/** A seminar participant invited as an observer, of an association or of none, on {@link PartnersPage}. */
@Named
@RequestScoped
public class ObserverForm {

    @Inject
    CurrentCaller caller;

    @Inject
    MemberInvitations invitations;

    private String email;
    private String firstName;
    private String lastName;
    private String association;

    public void invite() {
        PageMessages.attempt("observer-form", () -> {
            MemberInvitations.Invited invited = invitations.invite(caller.get(), association == null || association.isBlank() ? null : association,
                    Invitation.of(email, firstName, lastName, MemberRole.OBSERVER.code()));
            InvitationOutcome.say(invited, PageMessages.text("observers.done.invited", invited.member().displayName()));
            email = firstName = lastName = association = null;
        });
    }

    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public String getAssociation() { return association; }
    public void setAssociation(String v) { association = v; }
}
