/**
 * Meetings and their proceedings on the web. This package holds the feature's views of the domain, shared by every
 * channel: the API's records ({@link org.kafo.web.proceedings.EventJson}), the addresses of its pages and exports
 * ({@link org.kafo.web.proceedings.EventPages}), the "actes" as PDF and the calendar as iCalendar
 * ({@link org.kafo.web.proceedings.EventExports}), the search source and the demo seminar. {@code rest} is the API
 * ({@code /api/v1/events}, {@code /commitments}), {@code faces} the pages under {@code /rencontres/} and their exports.
 */
package org.kafo.web.proceedings;
