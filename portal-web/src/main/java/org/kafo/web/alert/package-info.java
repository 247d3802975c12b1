/**
 * Alerts on the web. This package holds the feature's views of the domain, shared by every channel: the API's and
 * the pages' records ({@link org.kafo.web.alert.AlertJson}, built by {@link org.kafo.web.alert.AlertViews}), the
 * names shown ({@link org.kafo.web.alert.AlertNames}), the texts of feeds, mail and search
 * ({@link org.kafo.web.alert.AlertTexts}), the kept pages of the API's list, the search source, the demo alerts and the
 * scheduled escalation and purge ({@link org.kafo.web.alert.AlertJobs}). Each channel has its package: {@code rest}
 * (the API), {@code faces} (the pages and their forms), {@code push} (the event stream, the pages' websocket, and the
 * relay between instances with its one codec), {@code feed} (Atom, CAP 1.2) and {@code mail}.
 */
package org.kafo.web.alert;
