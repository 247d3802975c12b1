package org.kafo.web.proceedings.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.kafo.domain.proceedings.ParticipantInput;

/** A participant of the event, on {@link EventContentPage}: a name, an actor of the directory or a name typed, a role. */
@Named
@ViewScoped
public class ParticipantForm extends EventContentForm {

    private static final long serialVersionUID = 1L;

    private String name;
    private String organization;
    private String organisationName;
    private String role;

    public void add() {
        if (page.change(e -> proceedings.addParticipant(caller.get(), e, ParticipantInput.of(name, organization, organisationName, role),
                null), "event.content.participantAdded")) {
            name = organization = organisationName = null;
        }
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getOrganization() { return organization; }
    public void setOrganization(String v) { organization = v; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String v) { organisationName = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
}
