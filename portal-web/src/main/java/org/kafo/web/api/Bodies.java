package org.kafo.web.api;

import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/** A request's JSON body, which a resource needs: an empty one is refused (400) on the field {@code body}. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw DomainException.invalid("body", Message.of("check.body.missing"));
        }
        return body;
    }
}
