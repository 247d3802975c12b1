/**
 * The search outbox: every change that must reach the search index writes a row here, in the same
 * transaction as the change. Each instance's indexer applies new rows to its own Lucene index.
 */
package org.kafo.domain.outbox;
