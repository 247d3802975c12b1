package org.kafo.web.gazetteer.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kafo.domain.gazetteer.Place;
import org.kafo.domain.gazetteer.PlaceKind;
import org.kafo.domain.gazetteer.Places;

/**
 * {@code /admin/lieux.xhtml}: the coordination keeps the places of the gazetteer and their spellings; the list is here,
 * the form of a place, new or opened with {@code ?id=}, is {@link PlaceForm}. Each change takes effect on the next search.
 */
@Named
@RequestScoped
public class PlacesPage {

    @Inject
    Places places;

    private List<Place> all;

    public List<Place> getPlaces() {
        if (all == null) {
            all = places.all();
        }
        return all;
    }

    /** The list is read again: a place was added, changed or removed. */
    void forget() {
        all = null;
    }

    public PlaceKind[] getKinds() {
        return PlaceKind.values();
    }

    /** The spellings of a place in the list: "Tinzaouaten, Tin-Zaouatine", or a dash. */
    public String joined(Place place) {
        return place.spellings().isEmpty() ? "—" : String.join(", ", place.spellings());
    }
}
