package org.kafo.domain.alert;

/** Where an alert is in its life: draft → published → taken in charge → arrived → reported → closed; or cancelled. */
public enum AlertStatus {
    DRAFT("Brouillon"),
    PUBLISHED("Publiée"),
    TAKEN_IN_CHARGE("Prise en charge"),
    ARRIVED("Arrivée"),
    REPORTED("Compte rendu déposé"),
    CLOSED("Clôturée"),
    CANCELLED("Annulée");

    private final String label;

    AlertStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Published and not yet over: what reception teams are waiting for or working on. */
    public boolean open() {
        return this == PUBLISHED || this == TAKEN_IN_CHARGE || this == ARRIVED || this == REPORTED;
    }

    /** Over: nothing may change any more. */
    public boolean finished() {
        return this == CLOSED || this == CANCELLED;
    }
}
