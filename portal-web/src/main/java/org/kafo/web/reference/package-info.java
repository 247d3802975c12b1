/** The shared reference lists (regions, countries) on the API. */
package org.kafo.web.reference;
