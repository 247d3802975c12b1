package org.kafo.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kafo.search.index.SearchIndex;
import org.kafo.search.query.SearchResults.FacetCount;
import org.kafo.search.query.SearchResults.Hit;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.SearchFields;
import org.kafo.search.schema.Visibility;

class VisibilityFilterTest {

    @TempDir
    Path tmp;

    private static SearchDocument record(String id, String owner, Visibility visibility, Set<String> partners) {
        return SearchDocument.builder(id, id.substring(0, id.indexOf(':')))
                .title("Alerte " + id)
                .body("Alerte : convoi de refoulés attendu à Gao, accueil et hébergement à prévoir.")
                .owner(owner)
                .visibility(visibility)
                .partners(partners)
                .facet(SearchFields.DIM_ORGANISATION, owner == null ? Set.of() : Set.of(owner))
                .build();
    }

    private static final List<SearchDocument> FIXED = List.of(
            record("alert:cimade-private", "cimade", Visibility.PRIVATE, Set.of()),
            record("alert:cimade-partners", "cimade", Visibility.PARTNERS, Set.of("ame")),
            record("alert:cimade-network", "cimade", Visibility.NETWORK, Set.of()),
            record("document:cimade-public", "cimade", Visibility.PUBLIC, Set.of()),
            record("event:network-owned", null, Visibility.NETWORK, Set.of()),
            record("alert:ame-private-naming-cimade", "ame", Visibility.PRIVATE, Set.of("cimade")));

    private SearchIndex indexOf(List<SearchDocument> documents) throws IOException {
        SearchIndex index = SearchIndex.open(tmp);
        for (SearchDocument document : documents) {
            index.upsert(document);
        }
        index.refresh();
        return index;
    }

    private static Set<String> visibleIds(SearchIndex index, Viewer viewer) {
        Set<String> ids = new HashSet<>();
        long total;
        int page = 0;
        do {
            SearchResults results = index.search(new SearchRequest("alerte", null, null, null, null,
                    SearchRequest.Sort.RELEVANCE, page++, SearchRequest.MAX_PAGE_SIZE), viewer);
            results.hits().forEach(hit -> ids.add(hit.id()));
            total = results.totalHits();
        } while (ids.size() < total);
        assertThat(ids).hasSize((int) total);
        return ids;
    }

    @ParameterizedTest(name = "tenant {0}, signed in {1} sees {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "cimade | true  | alert:cimade-private alert:cimade-partners alert:cimade-network document:cimade-public event:network-owned",
        "ame    | true  | alert:cimade-partners alert:cimade-network document:cimade-public event:network-owned alert:ame-private-naming-cimade",
        "resf   | true  | alert:cimade-network document:cimade-public event:network-owned",
        "reseau | true  | alert:cimade-network document:cimade-public event:network-owned",
        "-      | true  | alert:cimade-network document:cimade-public event:network-owned",
        "-      | false | document:cimade-public",
    })
    void each_viewer_finds_exactly_what_the_rule_lets_them_see(String tenant, boolean signedIn, String expected)
            throws IOException {
        Viewer viewer = new Viewer(tenant, signedIn);
        try (SearchIndex index = indexOf(FIXED)) {
            Set<String> ids = visibleIds(index, viewer);
            assertThat(ids).containsExactlyInAnyOrder(expected.split(" "));
            assertThat(ids).allMatch(id -> VisibilityFilter.canSee(viewer,
                    FIXED.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow()));
        }
    }

    @Test
    void the_lucene_filter_and_the_predicate_agree_on_random_records_and_every_viewer() throws IOException {
        long seed = 20251214L;
        Random random = new Random(seed);
        List<String> tenants = List.of("ame", "cimade", "resf", "apdha", "aracem");
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String owner = random.nextInt(6) == 0 ? null : tenants.get(random.nextInt(tenants.size()));
            Visibility visibility = Visibility.values()[random.nextInt(Visibility.values().length)];
            Set<String> partners = new HashSet<>();
            for (String tenant : tenants) {
                if (random.nextInt(3) == 0) {
                    partners.add(tenant);
                }
            }
            documents.add(record("alert:" + i, owner, visibility, partners));
        }
        List<Viewer> viewers = new ArrayList<>();
        List<String> viewerTenants = new ArrayList<>(tenants);
        viewerTenants.add("outsider");
        viewerTenants.add(null);
        for (String tenant : viewerTenants) {
            viewers.add(new Viewer(tenant, true));
            viewers.add(new Viewer(tenant, false));
        }
        try (SearchIndex index = indexOf(documents)) {
            for (Viewer viewer : viewers) {
                Set<String> expected = documents.stream()
                        .filter(document -> VisibilityFilter.canSee(viewer, document))
                        .map(SearchDocument::id)
                        .collect(Collectors.toSet());
                assertThat(visibleIds(index, viewer)).as("seed %d, %s", seed, viewer).isEqualTo(expected);
            }
        }
    }

    @Test
    void facets_count_only_what_the_viewer_may_see() throws IOException {
        try (SearchIndex index = indexOf(FIXED)) {
            SearchResults anonymous = index.search(SearchRequest.of("alerte"), Viewer.anonymous());
            assertThat(anonymous.facets().get("kind")).containsExactly(new FacetCount("document", 1));
            assertThat(anonymous.facets().get("organisation")).containsExactly(new FacetCount("cimade", 1));

            SearchResults ame = index.search(SearchRequest.of("alerte"), Viewer.member("ame"));
            assertThat(ame.facets().get("kind")).containsExactly(
                    new FacetCount("alert", 3), new FacetCount("document", 1), new FacetCount("event", 1));
            assertThat(ame.facets().get("organisation")).containsExactly(
                    new FacetCount("cimade", 3), new FacetCount("ame", 1));
        }
    }

    @Test
    void more_like_this_neither_starts_from_nor_returns_an_invisible_record() throws IOException {
        try (SearchIndex index = indexOf(FIXED)) {
            assertThat(index.moreLikeThis("alert:cimade-private", Viewer.member("ame"), 10)).isEmpty();
            assertThat(index.moreLikeThis("alert:unknown", Viewer.member("ame"), 10)).isEmpty();
            List<Hit> similar = index.moreLikeThis("alert:cimade-network", Viewer.member("resf"), 10);
            assertThat(similar).extracting(Hit::id)
                    .containsExactlyInAnyOrder("document:cimade-public", "event:network-owned");
        }
    }

    @Test
    void suggestions_offer_only_visible_titles() throws IOException {
        try (SearchIndex index = indexOf(FIXED)) {
            assertThat(index.suggest("alerte", Viewer.anonymous(), 10)).extracting(Suggestion::id)
                    .containsExactly("document:cimade-public");
            assertThat(index.suggest("alerte", Viewer.member("cimade"), 10)).extracting(Suggestion::id)
                    .hasSize(5).contains("alert:cimade-private").doesNotContain("alert:ame-private-naming-cimade");
        }
    }
}
