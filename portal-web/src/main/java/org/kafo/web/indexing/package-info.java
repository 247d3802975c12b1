/**
 * The outbox-to-index feed: each instance applies the database's search outbox to its own Lucene
 * index, in order, idempotently, and records the last applied row in the index commit. Features
 * plug in by providing a {@link org.kafo.web.indexing.SearchDocumentSource} for their kind of record.
 */
package org.kafo.web.indexing;
