/**
 * The knowledge base on the web: the {@code /api/v1/documents} resource (multipart upload, download),
 * the pages under {@code /bibliotheque/}, the documents' search source and the demo corpus.
 */
package org.kafo.web.library;
