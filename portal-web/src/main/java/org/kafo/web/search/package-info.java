/** The one search box: the REST endpoint and the page, over the Lucene index, filtered by the visibility rule. */
package org.kafo.web.search;
