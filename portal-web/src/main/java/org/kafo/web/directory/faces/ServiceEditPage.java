package org.kafo.web.directory.faces;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kafo.domain.directory.Directory;
import org.kafo.domain.directory.Drafts.ServiceDraft;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.directory.Service;
import org.kafo.domain.directory.Term;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.web.directory.DirectoryJson.LocationJson;
import org.kafo.web.directory.faces.FormRows.HoursRow;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/** Adds a service to an entry, or edits one ({@code /annuaire/gestion/service.xhtml?org=…&id=…}). */
@Named
@ViewScoped
public class ServiceEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    Organizations organizations;

    @Inject
    Directory directory;

    private String org;
    private String id;
    private String actorName;
    private List<LocationJson> places = List.of();
    private String name;
    private String description;
    private String category;
    private List<String> targetGroups = new ArrayList<>();
    private String languages = "fr";
    private String conditions;
    private String status = "ACTIVE";
    private Integer capacity;
    private List<String> locations = new ArrayList<>();
    private final List<HoursRow> hours = new ArrayList<>();

    public void load() throws IOException {
        try {
            Organization entry = organizations.keptBy(caller.get(), Ids.parse(org));
            actorName = entry.name();
            places = entry.locations().stream().map(LocationJson::of).toList();
            if (id != null && !id.isBlank()) {
                Service s = entry.service(Ids.parse(id)).orElseThrow(() -> DomainException.notFound(Message.of("directory.service.notFound")));
                name = s.name();
                description = s.description();
                category = s.category().code();
                targetGroups = new ArrayList<>(s.targetGroups().stream().map(Term::code).toList());
                languages = String.join(", ", s.languages());
                conditions = s.conditions();
                status = s.status().name();
                capacity = s.capacity();
                locations = new ArrayList<>(s.locations().stream().map(l -> l.id().toString()).toList());
                s.hours().forEach(h -> hours.add(HoursRow.of(h)));
            }
        } catch (DomainException e) {
            PageMessages.sendError(404);
        }
    }

    public String save() {
        List<String> codes = languages == null ? List.of()
                : Arrays.stream(languages.split("[,;\\s]+")).filter(c -> !c.isBlank()).toList();
        return PageMessages.redirect(null, () -> {
            ServiceDraft draft = new ServiceDraft(name, description, category, targetGroups, codes, conditions, status, capacity,
                    locations.stream().map(Ids::parse).toList(), hours.stream().map(HoursRow::draft).toList());
            if (isNew()) {
                directory.addService(caller.get(), Ids.parse(org), draft);
            } else {
                directory.updateService(caller.get(), Ids.parse(id), draft);
            }
            return "/annuaire/acteur.xhtml?faces-redirect=true&id=" + org;
        }, PageMessages.text("directory.done.service"));
    }

    public void addHours() {
        hours.add(new HoursRow());
    }

    public void removeHours(int index) {
        hours.remove(index);
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public String getActorName() { return actorName; }
    public List<LocationJson> getPlaces() { return places; }
    public List<HoursRow> getHours() { return hours; }
    public String getOrg() { return org; }
    public void setOrg(String v) { org = v; }
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public List<String> getTargetGroups() { return targetGroups; }
    public void setTargetGroups(List<String> v) { targetGroups = v; }
    public String getLanguages() { return languages; }
    public void setLanguages(String v) { languages = v; }
    public String getConditions() { return conditions; }
    public void setConditions(String v) { conditions = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer v) { capacity = v; }
    public List<String> getLocations() { return locations; }
    public void setLocations(List<String> v) { locations = v; }
}
