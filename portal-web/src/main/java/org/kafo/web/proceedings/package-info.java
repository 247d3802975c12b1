/**
 * Meetings and proceedings on the web: the REST API under {@code /api/v1/events} and {@code /api/v1/commitments},
 * the pages under {@code /rencontres/}, the "actes" as a PDF (OpenPDF) and events as iCalendar (ical4j), the
 * {@code event} search source and the demo seminar.
 */
package org.kafo.web.proceedings;
