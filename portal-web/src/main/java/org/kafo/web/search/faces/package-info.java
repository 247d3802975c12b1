/** The search results page ({@code /recherche.xhtml}, every state a link: {@code SearchAddress}) and the header box's suggestions. */
package org.kafo.web.search.faces;
