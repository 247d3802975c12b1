package org.kafo.domain.gazetteer;

import org.kafo.domain.shared.Checks;

/** What a place of the gazetteer is, with its French label. */
public enum PlaceKind {
    REGION("Région"),
    CITY("Ville"),
    BORDER_POST("Poste frontière"),
    ARRIVAL_POINT("Point d'arrivée"),
    CAMP("Camp"),
    COUNTRY("Pays"),
    OTHER("Autre lieu");

    private final String label;

    PlaceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a network administrator names (any case), {@code null} when none is; an unknown one is refused on {@code kind}. */
    public static PlaceKind parse(String value) {
        Checks checks = Checks.start();
        PlaceKind kind = checks.choice(PlaceKind.class, "kind", "gazetteer.field.kind", value, "gazetteer.kind.unknown").optional();
        checks.throwIfAny();
        return kind;
    }

    /** The kind named in the search module's data file ("border post"), or OTHER. */
    public static PlaceKind ofData(String word) {
        String name = word == null ? "" : word.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
        for (PlaceKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return OTHER;
    }
}
