package org.kafo.web.directory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.Page;
import org.kafo.domain.directory.Service;
import org.kafo.domain.directory.WiderSearch;
import org.kafo.domain.tenancy.Caller;

/** {@code /annuaire/}: the referral question ("who gives psychosocial support to a woman in Gao?") answered with services. */
@Named
@RequestScoped
public class ServicesPage extends DirectoryListPage<Service> {

    @Override
    Optional<WiderSearch> wider(Caller caller, DirectoryFilter filter) {
        return organizations.widerServices(caller, filter);
    }

    @Override
    Page<Service> read(Caller caller, DirectoryFilter filter, int first, int max) {
        return organizations.services(caller, filter, first, max);
    }

    public List<Service> getServices() {
        return items();
    }
}
