package org.kafo.domain.proceedings;

import java.util.Locale;
import org.kafo.domain.shared.DomainException;

/** Where a commitment stands. Planned and in progress are "open"; done and abandoned are closed. */
public enum CommitmentStatus {
    PREVU("Prévu"),
    EN_COURS("En cours"),
    REALISE("Réalisé"),
    ABANDONNE("Abandonné");

    private final String label;

    CommitmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == PREVU || this == EN_COURS;
    }

    public static CommitmentStatus require(String code, String field) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid(field, "Choisissez le statut de l'engagement (prévu, en cours, réalisé ou abandonné).");
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "Statut inconnu : « " + code + " » (PREVU, EN_COURS, REALISE ou ABANDONNE).");
        }
    }
}
