/** MicroProfile Health checks, served by Payara at {@code /health}: database, index directory, identity provider. */
package org.kafo.web.health;
