package org.kafo.search.query;

/** A title offered while the user types in the search box; {@code title} is plain text. */
public record Suggestion(String id, String kind, String title, String link) {
}
