package org.kafo.search.query;

/**
 * The user's search cannot be run as typed. The message is French and written for the person who
 * typed it: the web layer shows it as is (a message on the page, a 400 problem on the API).
 */
public class InvalidQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String frenchMessage) {
        super(frenchMessage);
    }
}
