/**
 * The gazetteer on the web side: the places and spellings the network administrators keep (API
 * {@code /api/v1/gazetteer}, page {@code /admin/lieux.xhtml}), seeded once from the search module's data, and handed
 * to this instance's search index as query-time synonyms ({@link org.kafo.web.gazetteer.PlaceSynonyms}).
 */
package org.kafo.web.gazetteer;
