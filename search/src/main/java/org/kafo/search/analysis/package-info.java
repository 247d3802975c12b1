/**
 * French text analysis for the Kafo index: one analyzer, {@link org.kafo.search.analysis.KafoFrenchAnalyzer},
 * used both when documents are indexed and when a user's words are turned into a query, so that the
 * two always produce the same terms.
 */
package org.kafo.search.analysis;
