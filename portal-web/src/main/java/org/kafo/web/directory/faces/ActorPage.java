package org.kafo.web.directory.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.kafo.domain.directory.Directory;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.directory.DirectoryJson.OrganizationJson;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/** An actor's profile ({@code /annuaire/acteur.xhtml?id=…}): what it does, where, when, whom to call; its keeper's actions. */
@Named
@ViewScoped
public class ActorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    Organizations organizations;

    @Inject
    Directory directory;

    private String id;
    private OrganizationJson actor;

    public void load() throws java.io.IOException {
        try {
            actor = OrganizationJson.of(organizations.visible(caller.get(), Ids.parse(id)), caller.get());
        } catch (DomainException e) {
            // absent or not visible: the same 404, so nothing leaks
            PageMessages.sendError(404);
        }
    }

    public String assure(UUID serviceId) {
        return act(() -> directory.assure(caller.get(), serviceId), PageMessages.text("directory.done.assured"));
    }

    public String remove(UUID serviceId) {
        return act(() -> directory.removeService(caller.get(), serviceId), PageMessages.text("directory.done.serviceRemoved"));
    }

    private String act(Runnable action, String done) {
        return PageMessages.redirect(null, () -> {
            action.run();
            return "/annuaire/acteur.xhtml?faces-redirect=true&id=" + id;
        }, done);
    }

    public OrganizationJson getActor() {
        return actor;
    }

    public boolean isSignedIn() {
        return caller.get().signedIn();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
