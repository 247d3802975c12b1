package org.kafo.web.directory.faces;

import jakarta.inject.Inject;
import java.util.List;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.directory.Page;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/**
 * One of the directory's two lists (services, actors), read as the address asks ({@link DirectoryQuery}) and as the
 * caller may see it; a refusal (an unknown term in the address) is said and the list is empty.
 */
abstract class DirectoryListPage<T> {

    @Inject
    CurrentCaller caller;

    @Inject
    Organizations organizations;

    @Inject
    DirectoryQuery query;

    private List<T> items = List.of();

    /** The page of the list the filter asks for. */
    abstract Page<T> read(Caller caller, DirectoryFilter filter, int first, int max);

    public void search() {
        PageMessages.attempt(null, () -> items = query.read(read(caller.get(), query.filter(), query.getFirst(), DirectoryQuery.PAGE_SIZE)).items());
    }

    List<T> items() {
        return items;
    }
}
