/** The gazetteer's API: anyone reads the places; the coordination adds, changes and removes them. */
package org.kafo.web.gazetteer.rest;
