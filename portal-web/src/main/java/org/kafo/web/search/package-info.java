/**
 * The one search box on the web: {@link org.kafo.web.search.Searches} asks the index as the caller may see it, for every
 * channel; {@code rest} is the API ({@code /api/v1/search}), {@code faces} the results page (its whole state in its
 * address) and the title suggestions of the header's box. The features' documents come from their search sources.
 */
package org.kafo.web.search;
