/**
 * The WAR and the composition root: it wires portal-domain, search and the identity provider
 * together and serves them as a REST API under {@code /api/v1} and as Faces pages.
 */
package org.kafo.web;
