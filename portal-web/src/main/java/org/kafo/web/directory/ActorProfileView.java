package org.kafo.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.kafo.domain.directory.Directory;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.directory.DirectoryViews.OrganizationView;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/** An actor's profile ({@code /annuaire/acteur.xhtml?id=…}): what it does, where, when, whom to call; its keeper's actions. */
@Named
@ViewScoped
public class ActorProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    Organizations organizations;

    @Inject
    Directory directory;

    private String id;
    private OrganizationView actor;

    public void load() throws java.io.IOException {
        try {
            actor = OrganizationView.of(organizations.visible(caller.get(), Ids.parse(id)), caller.get());
        } catch (DomainException e) {
            // absent or not visible: the same 404, so nothing leaks
            PageMessages.sendError(404);
        }
    }

    public String assure(UUID serviceId) {
        try {
            directory.assure(caller.get(), serviceId);
            PageMessages.done("Service confirmé aujourd'hui.");
        } catch (DomainException e) {
            PageMessages.refused(e);
            return null;
        }
        return "/annuaire/acteur.xhtml?faces-redirect=true&id=" + id;
    }

    public String remove(UUID serviceId) {
        try {
            directory.removeService(caller.get(), serviceId);
            PageMessages.done("Service retiré de la fiche.");
        } catch (DomainException e) {
            PageMessages.refused(e);
            return null;
        }
        return "/annuaire/acteur.xhtml?faces-redirect=true&id=" + id;
    }

    public OrganizationView getActor() {
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
