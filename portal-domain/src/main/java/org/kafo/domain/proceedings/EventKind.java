package org.kafo.domain.proceedings;

import java.util.Locale;
import org.kafo.domain.shared.DomainException;

/** The kinds of meeting the network holds. */
public enum EventKind {
    SEMINAIRE("Séminaire"),
    ATELIER("Atelier"),
    FORUM("Forum"),
    JOURNEE_CONCERTATION("Journée de concertation");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind named by its code ("SEMINAIRE"), or a French refusal naming {@code field}. */
    public static EventKind require(String code, String field) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid(field, "Choisissez le type de rencontre (séminaire, atelier, forum, journée de concertation).");
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "Type de rencontre inconnu : « " + code
                    + " » (SEMINAIRE, ATELIER, FORUM ou JOURNEE_CONCERTATION).");
        }
    }
}
