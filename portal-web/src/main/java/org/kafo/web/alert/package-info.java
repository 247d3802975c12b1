/**
 * Alerts on the web: the REST resources ({@code /api/v1/alerts}, {@code /arrival-points},
 * {@code /alert-subscriptions}), the Atom and CAP 1.2 feeds, the server-sent-event stream, the push
 * to open pages, the e-mails, the scheduled escalation and purge, the search source, the demo alerts,
 * and the pages' beans. Every listener of {@link org.kafo.domain.alert.AlertChanged} runs after commit
 * and filters by {@link org.kafo.domain.tenancy.VisibilityRule}, except {@code AlertNotices}, which sends
 * the change to the other instances with PostgreSQL's {@code NOTIFY} inside the transaction (delivered at
 * commit only); {@code AlertRelay} receives the other instances' changes and streams and pushes them.
 */
package org.kafo.web.alert;
