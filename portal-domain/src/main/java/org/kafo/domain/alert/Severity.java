package org.kafo.domain.alert;

/** CAP 1.2 {@code severity}. */
public enum Severity {
    EXTREME("Extreme", "Extrême"),
    SEVERE("Severe", "Grave"),
    MODERATE("Moderate", "Modérée"),
    MINOR("Minor", "Mineure"),
    UNKNOWN("Unknown", "Inconnue");

    private final String cap;
    private final String label;

    Severity(String cap, String label) {
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
