package org.kafo.web.partner.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kafo.domain.membership.Invitation;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.partner.MemberInvitations;
import org.kafo.web.security.CurrentCaller;

/** Someone invited into the association shown on {@link MembersPage}, with a role. */
@Named
@RequestScoped
public class InviteForm {

    @Inject
    CurrentCaller caller;

    @Inject
    MemberInvitations invitations;

    @Inject
    MembersPage page;

    private String email;
    private String firstName;
    private String lastName;
    private String role = "member";

    public void invite() {
        PageMessages.attempt("invite-form", () -> {
            MemberInvitations.Invited invited = invitations.invite(caller.get(), page.getAlias(), Invitation.of(email, firstName, lastName, role));
            InvitationOutcome.say(invited, invited.offered() ? null
                    : PageMessages.text("members.done.invited", invited.member().displayName(), PageMessages.text("role." + invited.member().role().code())));
            email = firstName = lastName = null;
            role = "member";
            page.forget();
        });
    }

    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
}
