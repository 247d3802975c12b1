package org.kafo.domain.alert;

/** How people are sent back. The French label is the one feeds and e-mails use. */
public enum AlertKind {
    AIR_ESCORTED("Expulsion par vol commercial escorté"),
    AIR_CHARTER("Expulsion par vol charter"),
    LAND_PUSHBACK("Refoulement à la frontière"),
    LAND_CONVOY("Convoi de refoulés"),
    REPATRIATION("Rapatriement organisé"),
    VOLUNTARY_RETURN("Retour volontaire"),
    INTERNAL_DISPLACEMENT("Déplacement interne");

    private final String label;

    AlertKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean byAir() {
        return this == AIR_ESCORTED || this == AIR_CHARTER;
    }
}
