/** The coordination's page of places ({@code /admin/lieux.xhtml}): the list, and the form of one place. */
package org.kafo.web.gazetteer.faces;
