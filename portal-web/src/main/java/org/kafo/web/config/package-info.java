/** The database and its migrations at start-up, the data directory, and the settings read from MicroProfile Config. */
package org.kafo.web.config;
