package org.kafo.search.schema;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the portal hands to the index for one shared record. Personal data of returnees never goes
 * in here.
 *
 * @param id unique and stable ("alert:8f2…"); upserting the same id replaces the record
 * @param kind free but facetable ("alert", "actor", "service", "event", "document" …)
 * @param title shown in hits; matches in it rank above matches in the body
 * @param body long text (extracted document text may be 1 MB); the snippet comes from it
 * @param ownerTenant alias of the owner tenant, {@code null} for network-owned records
 * @param visibility who may see the record, with {@code ownerTenant} and {@code partnerTenants}
 * @param partnerTenants tenants that see a {@link Visibility#PARTNERS} record
 * @param date full date, or {@code null}
 * @param year the year when only the year is known; derived from {@code date} when that is given
 * @param link relative URL of the page that shows the record
 * @param facets extra facet dims to their values: at least {@link SearchFields#DIM_ORGANISATION} and
 *     {@link SearchFields#DIM_THEME}; "kind" and "year" come from the fields above
 * @param language language code such as "fr", or {@code null}
 */
public record SearchDocument(
        String id,
        String kind,
        String title,
        String body,
        String ownerTenant,
        Visibility visibility,
        Set<String> partnerTenants,
        LocalDate date,
        Integer year,
        String link,
        Map<String, Set<String>> facets,
        String language) {

    /** Longer ids would not fit a Lucene term comfortably and are surely a bug upstream. */
    public static final int MAX_ID_LENGTH = 512;

    public SearchDocument {
        requireText(id, "id");
        if (id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("id longer than " + MAX_ID_LENGTH + " characters");
        }
        requireText(kind, "kind");
        Objects.requireNonNull(visibility, "visibility");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        partnerTenants = partnerTenants == null ? Set.of() : Set.copyOf(partnerTenants);
        if (date != null) {
            if (year != null && year != date.getYear()) {
                throw new IllegalArgumentException("year " + year + " contradicts date " + date);
            }
            year = date.getYear();
        }
        facets = copyFacets(facets);
    }

    public static Builder builder(String id, String kind) {
        return new Builder(id, kind);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static Map<String, Set<String>> copyFacets(Map<String, Set<String>> facets) {
        if (facets == null) {
            return Map.of();
        }
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        facets.forEach((dim, values) -> {
            requireText(dim, "facet dim");
            if (dim.equals(SearchFields.DIM_KIND) || dim.equals(SearchFields.DIM_YEAR)) {
                throw new IllegalArgumentException(
                        "facet dim '" + dim + "' is derived from the record's own field");
            }
            copy.put(dim, values == null ? Set.of() : Set.copyOf(values));
        });
        return Map.copyOf(copy);
    }

    /** Fluent construction for the many optional fields; visibility defaults to PRIVATE. */
    public static final class Builder {
        private final String id;
        private final String kind;
        private String title;
        private String body;
        private String ownerTenant;
        private Visibility visibility = Visibility.PRIVATE;
        private Set<String> partnerTenants = Set.of();
        private LocalDate date;
        private Integer year;
        private String link;
        private final Map<String, Set<String>> facets = new LinkedHashMap<>();
        private String language;

        private Builder(String id, String kind) {
            this.id = id;
            this.kind = kind;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder body(String value) {
            this.body = value;
            return this;
        }

        public Builder owner(String tenant) {
            this.ownerTenant = tenant;
            return this;
        }

        public Builder visibility(Visibility value) {
            this.visibility = value;
            return this;
        }

        public Builder partners(Set<String> tenants) {
            this.partnerTenants = tenants;
            return this;
        }

        public Builder date(LocalDate value) {
            this.date = value;
            return this;
        }

        public Builder year(Integer value) {
            this.year = value;
            return this;
        }

        public Builder link(String value) {
            this.link = value;
            return this;
        }

        public Builder facet(String dim, Set<String> values) {
            this.facets.put(dim, values);
            return this;
        }

        public Builder language(String value) {
            this.language = value;
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(id, kind, title, body, ownerTenant, visibility, partnerTenants,
                    date, year, link, facets, language);
        }
    }
}
