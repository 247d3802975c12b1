/**
 * What crosses instances through PostgreSQL: one listening connection per instance
 * ({@link org.kafo.web.notices.DatabaseNotices}) fires each notification of the channels it listens on as a
 * {@link org.kafo.web.notices.DatabaseNotice} CDI event, which the features observe (the alert relay, the outbox feed).
 */
package org.kafo.web.notices;
