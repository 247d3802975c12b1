package org.kafo.web.directory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Page;
import org.kafo.domain.directory.WiderSearch;
import org.kafo.domain.tenancy.Caller;

/** {@code /annuaire/acteurs.xhtml}: the actors of the directory, filtered as the services are. */
@Named
@RequestScoped
public class ActorsPage extends DirectoryListPage<Organization> {

    @Override
    Optional<WiderSearch> wider(Caller caller, DirectoryFilter filter) {
        return organizations.widerEntries(caller, filter);
    }

    @Override
    Page<Organization> read(Caller caller, DirectoryFilter filter, int first, int max) {
        return organizations.organizations(caller, filter, first, max);
    }

    public List<Organization> getActors() {
        return items();
    }
}
