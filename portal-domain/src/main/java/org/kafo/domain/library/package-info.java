/**
 * The knowledge base (base documentaire): the network's declarations, reports, shadow reports, studies
 * and articles, each a shared {@link org.kafo.domain.library.Document} with its file and the text read from
 * it, so that members find what was said before when they write the next one.
 */
package org.kafo.domain.library;
