package org.kafo.domain.proceedings;

import java.util.Locale;
import org.kafo.domain.shared.DomainException;

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

    public static ParticipantRole require(String code, String field) {
        if (code == null || code.isBlank()) {
            return PARTICIPANT;
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "Rôle inconnu : « " + code
                    + " » (ORGANISATEUR, MODERATEUR, INTERVENANT, PARTICIPANT ou OBSERVATEUR).");
        }
    }
}
