/**
 * The gazetteer on the web (issue 18): the places and spellings the coordination keeps, handed to the search index when
 * they change on this instance or another ({@link org.kafo.web.gazetteer.PlaceSynonyms}); {@code rest} is the API
 * ({@code /api/v1/gazetteer}), {@code faces} the page {@code /admin/lieux.xhtml}. Kept apart from search, as in the
 * domain: it is data the coordination edits, which search reads.
 */
package org.kafo.web.gazetteer;
