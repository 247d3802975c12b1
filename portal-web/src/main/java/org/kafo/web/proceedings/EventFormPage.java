package org.kafo.web.proceedings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.EventDetails;
import org.kafo.domain.proceedings.EventKind;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.domain.tenant.TenantRegistry;
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

    @Inject
    TenantRegistry tenants;

    private String id;
    private Long version;
    private final Map<String, String> form = new HashMap<>(Map.of("kind", "SEMINAIRE", "visibility", "PRIVATE"));
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
            form.put("kind", event.kind().name());
            form.put("title", event.title());
            form.put("theme", event.theme());
            form.put("startsOn", event.startsOn().toString());
            form.put("endsOn", event.endsOn().toString());
            form.put("venue", event.venue());
            form.put("city", event.city());
            form.put("visibility", event.visibility().name());
            partners = new ArrayList<>(event.partnerTenants());
        } catch (DomainException e) {
            PageMessages.sendError(404);
        }
    }

    public String save() {
        try {
            EventDetails details = EventDetails.of(form.get("kind"), form.get("title"), form.get("theme"), form.get("startsOn"),
                    form.get("endsOn"), form.get("venue"), form.get("city"));
            Event event = isNew()
                    ? proceedings.create(caller.get(), details, Visibility.parse(form.get("visibility")), Set.copyOf(partners))
                    : proceedings.describe(caller.get(), Ids.parse(id), details, Visibility.parse(form.get("visibility")),
                    Set.copyOf(partners), version);
            PageMessages.done(PageMessages.text("event.form.saved"));
            return "/rencontres/rencontre.xhtml?faces-redirect=true&id=" + event.id();
        } catch (DomainException e) {
            PageMessages.refused(e);
            return null;
        }
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public Map<String, String> getForm() {
        return form;
    }

    public List<String> getPartners() {
        return partners;
    }

    public void setPartners(List<String> partners) {
        this.partners = partners;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
