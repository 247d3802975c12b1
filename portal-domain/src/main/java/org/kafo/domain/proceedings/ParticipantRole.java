package org.kafo.domain.proceedings;

import org.kafo.domain.shared.Checks;

/** What a person did at a meeting. */
public enum ParticipantRole {
    ORGANISATEUR("Organisateur·rice"),
    MODERATEUR("Modérateur·rice"),
    INTERVENANT("Intervenant·e"),
    PARTICIPANT("Participant·e"),
    OBSERVATEUR("Observateur·rice");

    private final String label;

    ParticipantRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The role named by its code, PARTICIPANT when none is, or an error on {@code field} in {@code checks}. */
    static ParticipantRole read(String code, String field, Checks checks) {
        return checks.choice(ParticipantRole.class, field, "proceedings.field.role", code, "proceedings.role.unknown").orElse(PARTICIPANT);
    }
}
