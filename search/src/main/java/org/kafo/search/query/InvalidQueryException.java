package org.kafo.search.query;

import java.util.List;

/**
 * The user's search cannot be run as typed. {@link #key()} and {@link #args()} name the sentence of the portal's
 * bundle that says why (the web shows it in the person's language: a message on the page, a 400 problem on the API);
 * the message is the same sentence in French, for logs and tests.
 */
public class InvalidQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    public InvalidQueryException(String key, String frenchMessage, Object... args) {
        super(frenchMessage);
        this.key = key;
        this.args = List.of(args);
    }

    /** The key of the sentence in the portal's bundle ({@code search.query.…}). */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
