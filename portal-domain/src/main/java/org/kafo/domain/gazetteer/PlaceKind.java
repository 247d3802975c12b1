package org.kafo.domain.gazetteer;

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
