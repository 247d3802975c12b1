package org.kafo.web.directory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.directory.Service;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/** {@code /annuaire/}: the referral question ("who gives psychosocial support to a woman in Gao?") answered with services. */
@Named
@RequestScoped
public class ServicesPage {

    @Inject
    CurrentCaller caller;

    @Inject
    Organizations organizations;

    @Inject
    DirectoryQuery query;

    private List<Service> services = List.of();

    public void search() {
        PageMessages.attempt(null, () -> services = query.read(organizations.services(caller.get(), query.filter(),
                query.getFirst(), DirectoryQuery.PAGE_SIZE)).items());
    }

    public List<Service> getServices() {
        return services;
    }
}
