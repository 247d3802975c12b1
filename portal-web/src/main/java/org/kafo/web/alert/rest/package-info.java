/**
 * The alert API: {@code /api/v1/alerts} (with its stream and feeds' addresses), {@code /arrival-points},
 * {@code /alert-subscriptions}; the bodies are {@link org.kafo.web.alert.AlertJson}'s records.
 */
package org.kafo.web.alert.rest;
