package org.kafo.domain.library;

/**
 * Narrows the list of documents; {@code null} fields do not narrow.
 *
 * @param kind one kind of document
 * @param year published that year
 */
public record DocumentFilter(DocumentKind kind, Integer year) {

    public static DocumentFilter none() {
        return new DocumentFilter(null, null);
    }
}
