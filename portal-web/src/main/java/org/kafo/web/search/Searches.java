package org.kafo.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.kafo.domain.library.Library;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.search.query.InvalidQueryException;
import org.kafo.search.query.SearchRequest;
import org.kafo.search.query.SearchResults;
import org.kafo.search.query.Suggestion;
import org.kafo.search.query.Viewer;
import org.kafo.web.indexing.KafoIndex;

/** Searches as the caller: the caller becomes the index's viewer, so the same visibility rule applies. */
@ApplicationScoped
public class Searches {

    @Inject
    KafoIndex index;

    public static Viewer viewer(Caller caller) {
        return new Viewer(caller.tenant(), caller.signedIn());
    }

    /**
     * Searches; a query the user cannot have meant (empty, too long, bad paging) is refused in French. A document's hit
     * links to its page opened at the passage its snippet comes from.
     */
    public SearchResults search(Caller caller, String text, Set<String> kinds, Set<Integer> years, Set<String> organisations,
                                Set<String> themes, SearchRequest.Sort sort, int page, int pageSize) {
        try {
            SearchRequest request = new SearchRequest(text, kinds, years, organisations, themes, sort, page, pageSize);
            SearchResults results = index.get().search(request, viewer(caller));
            List<SearchResults.Hit> hits = results.hits().stream().map(Searches::atPassage).toList();
            return new SearchResults(results.totalHits(), hits, results.facets(), results.relaxed(), results.suggestion(),
                    results.expansions());
        } catch (InvalidQueryException e) {
            throw DomainException.invalid("q", Message.of(e.key(), e.args().toArray()));
        }
    }

    /** A document's page opens at the passage that answers ({@code DocumentPage} shows the same passages). */
    static SearchResults.Hit atPassage(SearchResults.Hit hit) {
        if (!Library.KIND.equals(hit.kind()) || hit.passage() == null || hit.link() == null) {
            return hit;
        }
        return hit.withLink(hit.link() + "&passage=" + hit.passage() + "#passage-" + hit.passage());
    }

    public List<SearchResults.Hit> similar(Caller caller, String documentId, int max) {
        return index.get().moreLikeThis(documentId, viewer(caller), max);
    }

    public List<Suggestion> suggest(Caller caller, String prefix, int max) {
        try {
            return index.get().suggest(prefix, viewer(caller), max);
        } catch (InvalidQueryException e) {
            throw DomainException.invalid("q", Message.of(e.key(), e.args().toArray()));
        }
    }
}
