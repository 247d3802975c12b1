package org.kafo.search.query;

import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.SearchFields;
import org.kafo.search.schema.Visibility;

/**
 * The visibility rule of portal-domain, twice: as a Lucene filter over the indexed owner,
 * visibility and partner fields, and as a plain predicate that tests compare with the filter (and
 * with the domain's own rule).
 *
 * <p>A record is visible when its visibility is PUBLIC; or NETWORK and the viewer is signed in; or
 * the viewer's tenant is the owner tenant (any visibility); or PARTNERS and the viewer's tenant is
 * one of the partners. Nothing else: no role sees other tenants' PRIVATE or PARTNERS records.
 */
public final class VisibilityFilter {

    private VisibilityFilter() {
    }

    /** A non-scoring query matching exactly the records {@code viewer} may see. */
    public static Query forViewer(Viewer viewer) {
        BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
        anyOf.add(visibility(Visibility.PUBLIC), Occur.SHOULD);
        if (viewer.signedIn()) {
            anyOf.add(visibility(Visibility.NETWORK), Occur.SHOULD);
        }
        if (viewer.tenant() != null) {
            anyOf.add(new TermQuery(new Term(SearchFields.OWNER, viewer.tenant())), Occur.SHOULD);
            anyOf.add(new BooleanQuery.Builder()
                    .add(visibility(Visibility.PARTNERS), Occur.FILTER)
                    .add(new TermQuery(new Term(SearchFields.PARTNERS, viewer.tenant())), Occur.FILTER)
                    .build(), Occur.SHOULD);
        }
        return new ConstantScoreQuery(anyOf.build());
    }

    public static boolean canSee(Viewer viewer, SearchDocument document) {
        return canSee(viewer, document.ownerTenant(), document.visibility(), document.partnerTenants());
    }

    /** The same rule on bare values, for comparison with the domain's rule. */
    public static boolean canSee(Viewer viewer, String ownerTenant, Visibility visibility, Set<String> partnerTenants) {
        String tenant = viewer.tenant();
        return visibility == Visibility.PUBLIC
                || visibility == Visibility.NETWORK && viewer.signedIn()
                || tenant != null && tenant.equals(ownerTenant)
                || visibility == Visibility.PARTNERS && tenant != null && partnerTenants.contains(tenant);
    }

    private static Query visibility(Visibility visibility) {
        return new TermQuery(new Term(SearchFields.VISIBILITY, visibility.name()));
    }
}
