package org.kafo.web.proceedings.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.EventDetails;
import org.kafo.domain.proceedings.EventKind;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/**
 * {@code /rencontres/saisie/rencontre.xhtml}: a new event, or ({@code ?id=…}) its details changed. The version read
 * with the form guards against a lost update: a concurrent edit gives a clear conflict, nothing is overwritten.
 */
@Named
@ViewScoped
public class EventFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    Proceedings proceedings;

    private String id;
    private Long version;
    private String kind = "SEMINAIRE";
    private String title;
    private String theme;
    private String startsOn;
    private String endsOn;
    private String venue;
    private String city;
    private String visibility = "PRIVATE";
    private List<String> partners = new ArrayList<>();

    public void load() {
        if (id == null || id.isBlank()) {
            if (!Proceedings.mayOrganise(caller.get())) {
                PageMessages.sendError(403);
            }
            return;
        }
        try {
            Event event = proceedings.event(caller.get(), Ids.parse(id));
            if (!Proceedings.mayChange(caller.get(), event)) {
                PageMessages.sendError(403);
                return;
            }
            version = event.version();
            kind = event.kind().name();
            title = event.title();
            theme = event.theme();
            startsOn = event.startsOn().toString();
            endsOn = event.endsOn().toString();
            venue = event.venue();
            city = event.city();
            visibility = event.visibility().name();
            partners = new ArrayList<>(event.partnerTenants());
        } catch (DomainException e) {
            PageMessages.sendError(404);
        }
    }

    public String save() {
        return PageMessages.redirect(null, () -> {
            EventDetails details = EventDetails.of(kind, title, theme, startsOn, endsOn, venue, city);
            Event saved = isNew()
                    ? proceedings.create(caller.get(), details, Visibility.parse(visibility), Set.copyOf(partners))
                    : proceedings.describe(caller.get(), Ids.parse(id), details, Visibility.parse(visibility), Set.copyOf(partners), version);
            return "/rencontres/rencontre.xhtml?faces-redirect=true&id=" + saved.id();
        }, PageMessages.text("event.form.saved"));
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    // The fields, as the form binds them.
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getTheme() { return theme; }
    public void setTheme(String v) { theme = v; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String v) { startsOn = v; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String v) { endsOn = v; }
    public String getVenue() { return venue; }
    public void setVenue(String v) { venue = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String v) { visibility = v; }
    public List<String> getPartners() { return partners; }
    public void setPartners(List<String> v) { partners = v; }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
