package org.kafo.domain.proceedings;

import java.time.LocalDate;

/**
 * Where a commitment stands on a given day, in the one vocabulary every page, export and the API use: its recorded
 * {@link CommitmentStatus}, except that an open one (planned or in progress) whose due date has passed is
 * <em>overdue</em> ("En retard"). The follow-up, the meeting's page, the commitment's page, the proceedings' PDF and
 * the API all say it from here, so the same commitment never reads "En cours" on one and "En retard" on another.
 */
public enum CommitmentStanding {
    PREVU("Prévu"),
    EN_COURS("En cours"),
    EN_RETARD("En retard"),
    REALISE("Réalisé"),
    ABANDONNE("Abandonné");

    private final String label;

    CommitmentStanding(String label) {
        this.label = label;
    }

    /** The French label (the pages say it from their bundle, {@code commitment.status.<name>}). */
    public String label() {
        return label;
    }

    /** Overdue: open and due before {@code today}. */
    public static CommitmentStanding of(CommitmentStatus status, LocalDate dueOn, LocalDate today) {
        if (status.open() && dueOn.isBefore(today)) {
            return EN_RETARD;
        }
        return switch (status) {
            case PREVU -> PREVU;
            case EN_COURS -> EN_COURS;
            case REALISE -> REALISE;
            case ABANDONNE -> ABANDONNE;
        };
    }
}
