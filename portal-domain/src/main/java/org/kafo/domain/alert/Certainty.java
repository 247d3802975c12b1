package org.kafo.domain.alert;

/** CAP 1.2 {@code certainty}. */
public enum Certainty {
    OBSERVED("Observed", "Observée"),
    LIKELY("Likely", "Probable"),
    POSSIBLE("Possible", "Possible"),
    UNLIKELY("Unlikely", "Peu probable"),
    UNKNOWN("Unknown", "Inconnue");

    private final String cap;
    private final String label;

    Certainty(String cap, String label) {
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
