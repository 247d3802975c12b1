/** The alerts as feeds that other systems read: Atom, and CAP 1.2 (the OASIS Common Alerting Protocol) messages and index. */
package org.kafo.web.alert.feed;
