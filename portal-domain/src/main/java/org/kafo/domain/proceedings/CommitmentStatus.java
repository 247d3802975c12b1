package org.kafo.domain.proceedings;

import org.kafo.domain.shared.Checks;

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

    /** The status named by its code, or an error on {@code field} in {@code checks}. */
    static CommitmentStatus read(String code, String field, Checks checks) {
        return checks.choice(CommitmentStatus.class, field, "proceedings.field.status", code, "proceedings.status.unknown")
                .required("proceedings.status.missing");
    }
}
