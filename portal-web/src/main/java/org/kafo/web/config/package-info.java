/** The database, its migrations at start-up, and the settings read from MicroProfile Config. */
package org.kafo.web.config;
