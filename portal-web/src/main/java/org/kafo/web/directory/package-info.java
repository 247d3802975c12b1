/**
 * The directory of actors on the web: the REST resources ({@code /api/v1/organizations},
 * {@code /services}, {@code /taxonomies}, {@code /directory}), the pages under {@code /annuaire/}, the
 * search source of kind {@code actor}, and the demo directory.
 */
package org.kafo.web.directory;
