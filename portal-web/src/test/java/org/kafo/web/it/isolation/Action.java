package org.kafo.web.it.isolation;

/** What a user tries to do with a resource. */
public enum Action {
    LIST, READ, CHANGE, FIND
}
