/** The mail that tells the owner of an existing account that an association offers it membership. */
package org.kafo.web.partner.mail;
