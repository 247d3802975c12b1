/**
 * Meetings and proceedings (rencontres et actes): events with their sessions, communications (whose attached
 * documents join the knowledge base), participants, recommendations addressed to actors of the directory, and
 * commitments followed up from one meeting to the next.
 */
package org.kafo.domain.proceedings;
