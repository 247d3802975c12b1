package org.kafo.web.alert;

import java.util.UUID;
import org.kafo.domain.shared.DomainException;

/** Ids in paths: a malformed one is "not found", like any id that names nothing. */
final class AlertIds {

    private AlertIds() {
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.notFound("Introuvable.");
        }
    }
}
