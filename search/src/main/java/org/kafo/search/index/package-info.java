/**
 * The index on disk: {@link org.kafo.search.index.SearchIndex} owns the one IndexWriter and a
 * SearcherManager for near-real-time search; it turns {@link org.kafo.search.schema.SearchDocument}s
 * into Lucene documents, records the caller's outbox watermark in each commit, and wipes an index of
 * another schema version (or a corrupt one) so that the caller rebuilds it.
 */
package org.kafo.search.index;
