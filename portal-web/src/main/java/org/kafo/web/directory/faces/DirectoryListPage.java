package org.kafo.web.directory.faces;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.directory.Page;
import org.kafo.domain.directory.WiderSearch;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/**
 * One of the directory's two lists (services, actors), read as the address asks ({@link DirectoryQuery}) and as the
 * caller may see it; a refusal (an unknown term in the address) is said and the list is empty; an empty answer looks
 * for the nearest wider search that has some.
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

    /** The search wider than {@code filter} that has answers, nearest first. */
    abstract Optional<WiderSearch> wider(Caller caller, DirectoryFilter filter);

    public void search() {
        PageMessages.attempt(null, () -> {
            Caller asked = caller.get();
            DirectoryFilter filter = query.filter();
            Page<T> page = query.read(read(asked, filter, query.getFirst(), DirectoryQuery.PAGE_SIZE));
            items = page.items();
            if (page.total() == 0 && !filter.parts().isEmpty()) {
                query.widen(wider(asked, filter));
            }
        });
    }

    List<T> items() {
        return items;
    }
}
