/**
 * Alert changes delivered live: the server-sent-event stream of the API ({@link org.kafo.web.alert.push.AlertStream}),
 * the Faces websocket of open pages ({@link org.kafo.web.alert.push.AlertPush}), and what crosses instances: each change
 * is announced with PostgreSQL's {@code NOTIFY} ({@link org.kafo.web.alert.push.AlertNotices}, inside the change's
 * transaction, on purpose: PostgreSQL delivers it on commit only) and relayed by the instances that hear it
 * ({@link org.kafo.web.alert.push.AlertRelay}). One codec says a change in JSON for all of them
 * ({@link org.kafo.web.alert.push.AlertNotice}). Every other listener runs after commit and filters by the visibility
 * rule.
 */
package org.kafo.web.alert.push;
