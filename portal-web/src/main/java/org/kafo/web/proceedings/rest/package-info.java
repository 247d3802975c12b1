/** The proceedings' API: events with their programme, communications, participants, recommendations and commitments. */
package org.kafo.web.proceedings.rest;
