/** The REST API under {@code /api/v1}: its application class, authorization, and the resources of the spine. */
package org.kafo.web.api;
