/** The partner associations, as the API and the pages show them. */
package org.kafo.web.tenant;
