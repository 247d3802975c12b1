package org.kafo.domain.directory;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.kafo.domain.shared.Checks;

/**
 * The directory as an HSDS 3.0 document (see {@link Hsds}). Contact persons' direct phones and e-mails are
 * written only when the reader may see them.
 */
public final class HsdsExport {

    private HsdsExport() {
    }

    public static JsonObject of(List<Organization> entries, List<Term> terms, boolean directContacts) {
        JsonArrayBuilder taxonomies = JSON.createArrayBuilder();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            taxonomies.add(JSON.createObjectBuilder().add("id", taxonomyId(taxonomy)).add("name", taxonomy.hsdsName())
                    .add("description", "Kafo : " + taxonomy.label()));
        }
        JsonArrayBuilder termList = JSON.createArrayBuilder();
        terms.forEach(t -> termList.add(term(t)));
        JsonArrayBuilder organizations = JSON.createArrayBuilder();
        entries.forEach(o -> organizations.add(organization(o, directContacts)));
        return JSON.createObjectBuilder()
                .add("version", Hsds.VERSION)
                .add("profile", Hsds.PROFILE)
                .add("taxonomies", taxonomies)
                .add("taxonomy_terms", termList)
                .add("organizations", organizations)
                .build();
    }

    static String taxonomyId(Taxonomy taxonomy) {
        return Hsds.derivedId("taxonomy", taxonomy.hsdsName());
    }

    static String termId(String code) {
        return Hsds.derivedId("term", code);
    }

    private static JsonObjectBuilder term(Term t) {
        return JSON.createObjectBuilder().add("id", termId(t.code())).add("code", t.code()).add("name", t.name())
                .add("description", t.name()).add("taxonomy", t.taxonomy().hsdsName()).add("taxonomy_id", taxonomyId(t.taxonomy()))
                .add("language", "fr");
    }

    private static JsonObjectBuilder organization(Organization o, boolean directContacts) {
        String id = o.id().toString();
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", id).add("name", o.name());
        optional(json, "alternate_name", o.acronym());
        json.add("description", o.description() == null ? "" : o.description());
        optional(json, "email", o.email());
        optional(json, "website", o.website());
        json.add(Hsds.KIND, o.kind().code()).add(Hsds.COUNTRY, o.country()).add(Hsds.VISIBILITY, o.visibility().name());
        optional(json, Hsds.TENANT, o.memberTenant());
        JsonArrayBuilder phones = JSON.createArrayBuilder();
        if (o.phone() != null) {
            phones.add(phone(Hsds.derivedId(id, "phone"), o.phone()));
        }
        json.add("phones", phones);
        JsonArrayBuilder contacts = JSON.createArrayBuilder();
        List<Contact> people = o.contacts();
        for (int i = 0; i < people.size(); i++) {
            Contact c = people.get(i);
            String contactId = Hsds.derivedId(id, "contact", i);
            JsonObjectBuilder contact = JSON.createObjectBuilder().add("id", contactId).add("organization_id", id).add("name", c.name());
            optional(contact, "title", c.title());
            JsonArrayBuilder contactPhones = JSON.createArrayBuilder();
            if (directContacts) {
                optional(contact, "email", c.email());
                if (c.phone() != null) {
                    contactPhones.add(phone(Hsds.derivedId(contactId, "phone"), c.phone()));
                }
            }
            contacts.add(contact.add("phones", contactPhones));
        }
        json.add("contacts", contacts);
        JsonArrayBuilder locations = JSON.createArrayBuilder();
        o.locations().forEach(l -> locations.add(location(l, id)));
        json.add("locations", locations);
        JsonArrayBuilder services = JSON.createArrayBuilder();
        o.services().forEach(s -> services.add(service(s, id)));
        return json.add("services", services);
    }

    private static JsonObjectBuilder location(Location l, String organizationId) {
        String id = l.id().toString();
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", id).add("location_type", "physical")
                .add("organization_id", organizationId).add("name", l.name());
        if (l.latitude() != null) {
            json.add("latitude", l.latitude()).add("longitude", l.longitude());
        }
        JsonObjectBuilder address = JSON.createObjectBuilder().add("id", Hsds.derivedId(id, "address")).add("location_id", id)
                .add("address_1", l.address() == null ? "" : l.address()).add("city", l.city())
                .add("state_province", l.region() == null ? "" : l.region().name()).add("postal_code", "")
                .add("country", l.country()).add("address_type", "physical");
        if (l.region() != null) {
            address.add("region", l.region().code());
        }
        json.add("addresses", JSON.createArrayBuilder().add(address));
        return json.add("schedules", schedules(l.hours(), id, "location_id"));
    }

    private static JsonObjectBuilder service(Service s, String organizationId) {
        String id = s.id().toString();
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", id).add("organization_id", organizationId).add("name", s.name());
        optional(json, "description", s.description());
        json.add("status", s.active() ? "active" : "inactive");
        optional(json, "eligibility_description", s.conditions());
        if (s.assuredDate() != null) {
            json.add("assured_date", s.assuredDate().toString());
        }
        optional(json, Hsds.ASSURED_BY, s.assuredBy());
        if (s.capacity() != null) {
            json.add(Hsds.CAPACITY, s.capacity());
        }
        JsonArrayBuilder languages = JSON.createArrayBuilder();
        s.languages().forEach(code -> languages.add(JSON.createObjectBuilder().add("id", Hsds.derivedId(id, "language", code))
                .add("service_id", id).add("name", Checks.languageName(code)).add("code", code)));
        json.add("languages", languages);
        JsonArrayBuilder attributes = JSON.createArrayBuilder();
        attributes.add(attribute(id, s.category(), "service_category"));
        s.targetGroups().forEach(t -> attributes.add(attribute(id, t, "target_group")));
        json.add("attributes", attributes);
        JsonArrayBuilder at = JSON.createArrayBuilder();
        s.locations().forEach(l -> at.add(JSON.createObjectBuilder().add("id", Hsds.derivedId(id, "at", l.id()))
                .add("service_id", id).add("location_id", l.id().toString())));
        json.add("service_at_locations", at);
        return json.add("schedules", schedules(s.hours(), id, "service_id"));
    }

    private static JsonObjectBuilder attribute(String serviceId, Term term, String linkType) {
        return JSON.createObjectBuilder().add("id", Hsds.derivedId(serviceId, "attribute", term.code()))
                .add("link_id", serviceId).add("link_entity", "service").add("link_type", linkType)
                .add("taxonomy_term_id", termId(term.code()));
    }

    private static JsonArrayBuilder schedules(List<OpeningHours> hours, String ownerId, String ownerField) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (int i = 0; i < hours.size(); i++) {
            OpeningHours h = hours.get(i);
            JsonObjectBuilder json = JSON.createObjectBuilder().add("id", Hsds.derivedId(ownerId, "schedule", i)).add(ownerField, ownerId)
                    .add("freq", "WEEKLY").add("byday", String.join(",", h.days())).add("timezone", 0);
            if (h.opensAt() != null) {
                json.add("opens_at", h.opensAt().toString());
            }
            if (h.closesAt() != null) {
                json.add("closes_at", h.closesAt().toString());
            }
            optional(json, "description", h.note());
            list.add(json);
        }
        return list;
    }

    private static JsonObjectBuilder phone(String id, String number) {
        return JSON.createObjectBuilder().add("id", id).add("number", number);
    }

    private static void optional(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }
}
