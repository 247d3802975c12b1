package org.kafo.web.gazetteer.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import org.kafo.domain.gazetteer.Place;
import org.kafo.domain.gazetteer.PlaceInput;
import org.kafo.domain.gazetteer.PlaceKind;
import org.kafo.domain.gazetteer.Places;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.gazetteer.PlaceSynonyms;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/** A place of the gazetteer on {@link PlacesPage}: its name, its kind, its other spellings one a line; new, or changed. */
@Named
@RequestScoped
public class PlaceForm {

    @Inject
    CurrentCaller caller;

    @Inject
    Places places;

    @Inject
    PlaceSynonyms synonyms;

    @Inject
    PlacesPage page;

    private String id;
    private String name;
    private String kind;
    private String spellings;
    private Long version;

    /** Opened with {@code ?id=}: the form is filled with what the place holds now. */
    public void load() {
        if (isEditing() && !FacesContext.getCurrentInstance().isPostback()) {
            try {
                Place place = places.find(Ids.parse(id));
                name = place.name();
                kind = place.kind().name();
                spellings = String.join("\n", place.spellings());
                version = place.version();
            } catch (DomainException e) {
                PageMessages.sendError(404);
            }
        }
    }

    public boolean isEditing() {
        return id != null && !id.isBlank();
    }

    public void save() {
        PageMessages.attempt(null, () -> {
            PlaceInput input = new PlaceInput(name, PlaceKind.parse(kind), Arrays.asList(spellings == null ? new String[0] : spellings.split("\\R")));
            if (isEditing()) {
                synonyms.change(caller.get(), Ids.parse(id), input, version);
                PageMessages.info(PageMessages.text("places.saved"));
            } else {
                synonyms.add(caller.get(), input);
                PageMessages.info(PageMessages.text("places.added"));
                name = null;
                spellings = null;
            }
            page.forget();
        });
    }

    public void delete() {
        PageMessages.attempt(null, () -> {
            synonyms.remove(caller.get(), Ids.parse(id));
            PageMessages.info(PageMessages.text("places.deleted"));
            page.forget();
        });
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getSpellings() { return spellings; }
    public void setSpellings(String v) { spellings = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
