package org.kafo.search.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchDocumentTest {

    @Test
    void the_year_comes_from_the_date_when_there_is_one() {
        SearchDocument dated = SearchDocument.builder("document:1", "document").date(LocalDate.of(2014, 3, 18)).build();
        assertThat(dated.year()).isEqualTo(2014);
        SearchDocument yearOnly = SearchDocument.builder("document:2", "document").year(2008).build();
        assertThat(yearOnly.date()).isNull();
        assertThat(yearOnly.year()).isEqualTo(2008);
    }

    @Test
    void a_year_contradicting_the_date_is_refused() {
        assertThatThrownBy(() -> SearchDocument.builder("document:1", "document")
                .date(LocalDate.of(2014, 3, 18)).year(2013).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kind_and_year_are_not_extra_facet_dims() {
        assertThatThrownBy(() -> SearchDocument.builder("alert:1", "alert").facet("kind", Set.of("x")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchDocument.builder("alert:1", "alert").facet("year", Set.of("2020")).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void id_and_kind_are_required_and_the_rest_defaults_to_empty() {
        assertThatThrownBy(() -> SearchDocument.builder(" ", "alert").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchDocument.builder("alert:1", null).build())
                .isInstanceOf(IllegalArgumentException.class);
        SearchDocument bare = new SearchDocument("alert:1", "alert", null, null, null, Visibility.PUBLIC, null,
                null, null, null, null, null);
        assertThat(bare.title()).isEmpty();
        assertThat(bare.body()).isEmpty();
        assertThat(bare.partnerTenants()).isEmpty();
        assertThat(bare.facets()).isEmpty();
    }

    @Test
    void later_changes_to_the_caller_s_collections_do_not_leak_in() {
        Set<String> partners = new HashSet<>(Set.of("ame"));
        SearchDocument document = SearchDocument.builder("alert:1", "alert")
                .visibility(Visibility.PARTNERS).partners(partners).build();
        partners.add("resf");
        assertThat(document.partnerTenants()).containsExactly("ame");
    }
}
