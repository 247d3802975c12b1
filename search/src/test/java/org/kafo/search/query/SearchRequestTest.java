package org.kafo.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void defaults_are_no_filter_relevance_first_page() {
        SearchRequest request = new SearchRequest("libye", null, null, null, null, null, 0, 10);
        assertThat(request.kinds()).isEmpty();
        assertThat(request.years()).isEmpty();
        assertThat(request.sort()).isEqualTo(SearchRequest.Sort.RELEVANCE);
    }

    @Test
    void bad_paging_is_refused_in_french() {
        assertThatThrownBy(() -> new SearchRequest("libye", null, null, null, null, null, -1, 10))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("page");
        assertThatThrownBy(() -> new SearchRequest("libye", null, null, null, null, null, 0, 0))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("entre 1 et 100");
        assertThatThrownBy(() -> new SearchRequest("libye", null, null, null, null, null, 0, 101))
                .isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> new SearchRequest("libye", null, null, null, null, null, 1000, 10))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("affinez");
        assertThat(new SearchRequest("libye", null, null, null, null, null, 99, 100).page()).isEqualTo(99);
    }
}
