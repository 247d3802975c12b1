/**
 * The launcher behind the run command, and the server processes the tests start the same way:
 * an embedded PostgreSQL, the real Keycloak (from realm-config), Payara Micro serving the WAR.
 * Compiled with the web module but never packaged in the WAR.
 */
package org.kafo.web.launch;
