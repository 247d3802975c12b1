package org.kafo.domain.alert;

/** CAP 1.2 {@code urgency}. */
public enum Urgency {
    IMMEDIATE("Immediate", "Immédiate"),
    EXPECTED("Expected", "Attendue (dans l'heure)"),
    FUTURE("Future", "À venir"),
    PAST("Past", "Passée"),
    UNKNOWN("Unknown", "Inconnue");

    private final String cap;
    private final String label;

    Urgency(String cap, String label) {
        this.cap = cap;
        this.label = label;
    }

    public String cap() {
        return cap;
    }

    public String label() {
        return label;
    }
}
