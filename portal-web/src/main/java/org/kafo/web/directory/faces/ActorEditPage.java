package org.kafo.web.directory.faces;


import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.directory.Directory;
import org.kafo.domain.directory.DirectoryRule;
import org.kafo.domain.directory.Drafts.OrganizationDraft;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.directory.faces.FormRows.ContactRow;
import org.kafo.web.directory.faces.FormRows.HoursRow;
import org.kafo.web.directory.faces.FormRows.LocationRow;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/** Edits an entry ({@code /annuaire/gestion/fiche.xhtml?id=…}), or creates a network-kept one (no id). */
@Named
@ViewScoped
public class ActorEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    Organizations organizations;

    @Inject
    Directory directory;

    private String id;
    private boolean member;
    private Long version;
    private String name;
    private String acronym;
    private String kind;
    private String country = "ML";
    private String description;
    private String website;
    private String email;
    private String phone;
    private String visibility = "PUBLIC";
    private final List<ContactRow> contacts = new ArrayList<>();
    private final List<LocationRow> locations = new ArrayList<>();

    public void load() throws IOException {
        if (id == null || id.isBlank()) {
            if (!DirectoryRule.canCreateEntries(caller.get())) {
                PageMessages.sendError(404);
            }
            return;
        }
        try {
            Organization o = organizations.keptBy(caller.get(), Ids.parse(id));
            member = o.member();
            version = o.version();
            name = o.name();
            acronym = o.acronym();
            kind = o.kind().code();
            country = o.country();
            description = o.description();
            website = o.website();
            email = o.email();
            phone = o.phone();
            visibility = o.visibility().name();
            o.contacts().forEach(c -> contacts.add(ContactRow.of(c)));
            o.locations().forEach(l -> locations.add(LocationRow.of(l)));
        } catch (DomainException e) {
            PageMessages.sendError(404);
        }
    }

    public String save() {
        OrganizationDraft draft = new OrganizationDraft(name, acronym, kind, country, description, website, email, phone, visibility,
                contacts.stream().map(ContactRow::draft).toList(), locations.stream().map(LocationRow::draft).toList(), version);
        return PageMessages.redirect(null, () -> "/annuaire/acteur.xhtml?faces-redirect=true&id="
                + (isNew() ? directory.create(caller.get(), draft) : directory.update(caller.get(), Ids.parse(id), draft)).id(),
                PageMessages.text("directory.done.saved"));
    }

    public String delete() {
        return PageMessages.redirect(null, () -> {
            directory.delete(caller.get(), Ids.parse(id));
            return "/annuaire/acteurs.xhtml?faces-redirect=true";
        }, PageMessages.text("directory.done.deleted"));
    }

    public void addContact() {
        contacts.add(new ContactRow());
    }

    public void removeContact(int index) {
        contacts.remove(index);
    }

    public void addLocation() {
        locations.add(new LocationRow());
    }

    public void removeLocation(int index) {
        locations.remove(index);
    }

    public void addHours(int location) {
        locations.get(location).hours.add(new HoursRow());
    }

    public void removeHours(int location, int index) {
        locations.get(location).hours.remove(index);
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public boolean isMember() {
        return member;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public List<LocationRow> getLocations() {
        return locations;
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getAcronym() { return acronym; }
    public void setAcronym(String v) { acronym = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { website = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String v) { visibility = v; }
}
