/**
 * The index schema: what the portal hands to the index ({@link org.kafo.search.schema.SearchDocument}),
 * who may see it ({@link org.kafo.search.schema.Visibility}), and the names and settings of the
 * Lucene fields ({@link org.kafo.search.schema.SearchFields}, {@link org.kafo.search.schema.FacetSchema}).
 * Changing how a field is indexed means bumping {@link org.kafo.search.schema.SearchFields#SCHEMA_VERSION}:
 * the index is then rebuilt from the database.
 */
package org.kafo.search.schema;
