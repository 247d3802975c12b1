/**
 * The alerts' e-mails: to the subscribers of an arrival point or region, the escalations to the coordination, the
 * offers and answers between associations, each recipient's right read again at the time of the mail.
 */
package org.kafo.web.alert.mail;
