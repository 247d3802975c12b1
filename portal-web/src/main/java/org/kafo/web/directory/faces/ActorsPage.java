package org.kafo.web.directory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Organizations;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/** {@code /annuaire/acteurs.xhtml}: the actors of the directory, filtered as the services are. */
@Named
@RequestScoped
public class ActorsPage {

    @Inject
    CurrentCaller caller;

    @Inject
    Organizations organizations;

    @Inject
    DirectoryQuery query;

    private List<Organization> actors = List.of();

    public void search() {
        PageMessages.attempt(null, () -> actors = query.read(organizations.organizations(caller.get(), query.filter(),
                query.getFirst(), DirectoryQuery.PAGE_SIZE)).items());
    }

    public List<Organization> getActors() {
        return actors;
    }
}
