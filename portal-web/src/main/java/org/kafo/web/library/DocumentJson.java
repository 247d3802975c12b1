package org.kafo.web.library;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.PublicationDate;

/**
 * A document as the API shows it (never the entity itself).
 *
 * @param date "2008", "2014-03" or "2014-03-18"; {@code null} when unknown
 * @param ownerTenant {@code null} for a document the network keeps
 * @param canChange whether the caller may describe or withdraw it
 */
@JsonbNillable
public record DocumentJson(String id, String title, String kind, String kindLabel, String authorOrganisation, String date,
                           Integer year, String place, String language, List<String> themes, String sourceUrl,
                           String ownerTenant, String visibility, Set<String> partnerTenants, String depositedBy,
                           Instant createdAt, Instant updatedAt, long version, FileJson file, boolean canChange,
                           LinksJson links) {

    /** The kept file: its name, real type, size and SHA-256 checksum. */
    public record FileJson(String name, String mediaType, long size, String sha256) {
    }

    /** Where to read the document, download its file, and show it to a person. */
    public record LinksJson(String self, String file, String page) {
    }

    public static DocumentJson of(Document d, boolean canChange) {
        PublicationDate date = d.date();
        String id = d.id().toString();
        return new DocumentJson(id, d.title(), d.kind().name(), d.kind().label(), d.authorOrganisation(),
                date == null ? null : date.iso(), date == null ? null : date.year(), d.place(), d.language(), d.themes(),
                d.sourceUrl(), d.ownerTenant(), d.visibility().name(), d.partnerTenants(), d.depositedBy(), d.createdAt(),
                d.updatedAt(), d.version(),
                new FileJson(d.file().originalName(), d.file().mediaType(), d.file().size(), d.file().sha256()), canChange,
                new LinksJson("/api/v1/documents/" + id, "/api/v1/documents/" + id + "/file", DocumentPages.page(d.id())));
    }
}
