package org.kafo.web.input;

import java.util.UUID;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/** Ids in addresses (an API path, a page's {@code ?id=}): a malformed one names nothing, and is "not found" as such. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.notFound(Message.of("check.id.notFound"));
        }
    }
}
