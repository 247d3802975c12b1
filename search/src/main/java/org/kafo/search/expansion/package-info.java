/**
 * What a query may mean beyond its own words, applied at query time only (the index keeps the documents' own words):
 * the network's places in their several spellings ({@link org.kafo.search.expansion.Gazetteer}), English and Spanish
 * words of the network's domain with their French equivalents ({@link org.kafo.search.expansion.Lexicon}), and the
 * words a question is made of but that no answer holds ({@link org.kafo.search.expansion.FunctionWords}).
 * {@link org.kafo.search.expansion.QueryExpansions} gathers them; the portal replaces the gazetteer with the one its
 * network administrators keep.
 */
package org.kafo.search.expansion;
