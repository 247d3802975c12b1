package org.kafo.web.gazetteer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.gazetteer.Place;
import org.kafo.domain.gazetteer.PlaceInput;
import org.kafo.domain.gazetteer.PlaceKind;
import org.kafo.domain.gazetteer.Places;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /admin/lieux.xhtml}: the coordination keeps the places and their spellings. One form per place (its
 * spellings one per line) and one for a new place; each change takes effect on the next search.
 */
@Named
@RequestScoped
public class PlacesPage {

    @Inject
    CurrentCaller caller;

    @Inject
    Places places;

    @Inject
    PlaceSynonyms synonyms;

    private List<Place> all;
    private String id;
    private String name;
    private String kind;
    private String spellings;
    private Long version;

    /** Opened with {@code ?id=}: the place's form is filled with what it holds now. */
    public void load() {
        if (id != null && !id.isBlank() && !jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            try {
                Place place = places.find(UUID.fromString(id));
                name = place.name();
                kind = place.kind().name();
                spellings = lines(place);
                version = place.version();
            } catch (DomainException | IllegalArgumentException e) {
                PageMessages.sendError(404);
            }
        }
    }

    public boolean isEditing() {
        return id != null && !id.isBlank();
    }

    public List<Place> getPlaces() {
        if (all == null) {
            all = places.all();
        }
        return all;
    }

    public PlaceKind[] getKinds() {
        return PlaceKind.values();
    }

    /** The spellings of a place as the form's text area shows them, one a line. */
    public String lines(Place place) {
        return String.join("\n", place.spellings());
    }

    /** The spellings of a place in the list: "Tinzaouaten, Tin-Zaouatine", or a dash. */
    public String joined(Place place) {
        return place.spellings().isEmpty() ? "—" : String.join(", ", place.spellings());
    }

    public void save() {
        try {
            PlaceInput input = new PlaceInput(name, GazetteerResource.kind(kind), Arrays.asList(spellings == null ? new String[0]
                    : spellings.split("\\R")));
            if (id == null || id.isBlank()) {
                synonyms.add(caller.get(), input);
                PageMessages.info(PageMessages.text("places.added"));
                name = null;
                spellings = null;
            } else {
                synonyms.change(caller.get(), UUID.fromString(id), input, version);
                PageMessages.info(PageMessages.text("places.saved"));
            }
            all = null;
        } catch (DomainException e) {
            PageMessages.refused(e);
        } catch (IllegalArgumentException e) {
            PageMessages.refused(DomainException.notFound("Ce lieu n'existe pas (ou plus)."));
        }
    }

    public void delete() {
        try {
            synonyms.remove(caller.get(), UUID.fromString(id));
            PageMessages.info(PageMessages.text("places.deleted"));
            all = null;
        } catch (DomainException e) {
            PageMessages.refused(e);
        } catch (IllegalArgumentException e) {
            PageMessages.refused(DomainException.notFound("Ce lieu n'existe pas (ou plus)."));
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSpellings() {
        return spellings;
    }

    public void setSpellings(String spellings) {
        this.spellings = spellings;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
