package org.kafo.domain.proceedings;

import org.kafo.domain.shared.Checks;

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
        Checks checks = Checks.start();
        EventKind kind = read(code, field, checks);
        checks.throwIfAny();
        return kind;
    }

    /** The kind named by its code, or an error on {@code field} in {@code checks}. */
    static EventKind read(String code, String field, Checks checks) {
        return checks.choice(EventKind.class, field, "proceedings.field.kind", code, "proceedings.kind.unknown")
                .required("proceedings.kind.missing");
    }
}
