package org.kafo.domain.alert;

/** What people need on arrival, and what a reception team gave them (the reception report). */
public enum Assistance {
    WELCOME("accueil"),
    SHELTER("hébergement"),
    MEDICAL("soins médicaux"),
    PSYCHOSOCIAL("soutien psychosocial"),
    TRANSPORT("transport"),
    LEGAL("assistance juridique"),
    FAMILY_CONTACT("contact avec la famille"),
    FOOD("alimentation");

    private final String label;

    Assistance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
