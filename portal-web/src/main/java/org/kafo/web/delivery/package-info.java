/**
 * How pages and their resources reach a phone on slow mobile data: Faces resources carry a version taken
 * from their content and are cached for a year; pages are never kept by a shared proxy, and a signed-in
 * person's pages are not stored at all. (Compression is Payara's: see pre-boot-commands.asadmin.)
 */
package org.kafo.web.delivery;
