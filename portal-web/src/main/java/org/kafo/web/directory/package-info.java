/**
 * The directory of actors on the web. This package holds the feature's views of the domain, shared by every channel:
 * the API's and the pages' records ({@link org.kafo.web.directory.DirectoryJson}), the exports as HSDS 3.0 and CSV
 * ({@link org.kafo.web.directory.DirectoryExports}), the search source and the demo directory. {@code rest} is the API
 * ({@code /api/v1/organizations}, {@code /services}, {@code /taxonomies}, {@code /directory/hsds}), {@code faces} the
 * pages under {@code /annuaire/} and their downloads.
 */
package org.kafo.web.directory;
