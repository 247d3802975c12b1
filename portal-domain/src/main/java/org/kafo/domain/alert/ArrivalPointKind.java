package org.kafo.domain.alert;

/** What kind of place people arrive at. */
public enum ArrivalPointKind {
    AIRPORT("aéroport"),
    BUS_STATION("gare routière"),
    RAILWAY_STATION("gare ferroviaire"),
    BORDER_POST("poste frontière"),
    OTHER("autre");

    private final String label;

    ArrivalPointKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
