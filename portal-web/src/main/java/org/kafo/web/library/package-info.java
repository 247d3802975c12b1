/**
 * The knowledge base on the web. This package holds the feature's views of the domain, shared by every channel: the
 * API's records ({@link org.kafo.web.library.DocumentJson}), the addresses of its pages ({@link
 * org.kafo.web.library.DocumentPages}), how a kept file is handed back ({@link org.kafo.web.library.FileResponses}),
 * the search source, the demo corpus, the background re-cleaning of extracted texts and the upload limit. {@code rest}
 * is the API ({@code /api/v1/documents}), {@code faces} the pages under {@code /bibliotheque/} and their downloads.
 */
package org.kafo.web.library;
