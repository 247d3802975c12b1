/**
 * Asking the index: what a viewer may see ({@link org.kafo.search.query.VisibilityFilter}), the query
 * language people type ({@link org.kafo.search.query.UserQueryParser}), requests and results with
 * facets and snippets, similar documents and title suggestions. Nothing here holds state between
 * requests; every class works on the searcher it is given.
 */
package org.kafo.search.query;
