package org.kafo.domain.directory;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.directory.Drafts.ContactDraft;
import org.kafo.domain.directory.Drafts.HoursDraft;
import org.kafo.domain.directory.Drafts.LocationDraft;
import org.kafo.domain.directory.Drafts.OrganizationDraft;
import org.kafo.domain.directory.Drafts.ServiceDraft;
import org.kafo.domain.reference.Region;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenant.TenantRegistry;

/**
 * Imports an HSDS 3.0 file (see {@link Hsds}) all or nothing: the file is read within a size limit, checked
 * against the standard's schemas, then every record is checked by the directory's own rules as it is
 * applied, in one transaction; the first wrong record undoes everything. Each message names the record
 * ("Organisation n° 3 « … », service n° 2 « … ») and the field. Entries are matched by id: an entry of the
 * file that exists is replaced (when the importer keeps it), a new one is created.
 */
@ApplicationScoped
public class HsdsImport {

    /** Beyond this many organisations a file is refused, whatever its size in bytes. */
    public static final int MAX_ORGANIZATIONS = 2000;
    public static final int MAX_SERVICES = 20_000;

    /** What an import did. */
    public record Report(int created, int replaced, int services) {
    }

    private EntityManager em;
    private Directory directory;
    private Organizations organizations;
    private TenantRegistry tenants;
    private AuditLog audit;

    protected HsdsImport() {
    }

    @Inject
    public HsdsImport(EntityManager em, Directory directory, Organizations organizations, TenantRegistry tenants, AuditLog audit) {
        this.em = em;
        this.directory = directory;
        this.organizations = organizations;
        this.tenants = tenants;
        this.audit = audit;
    }

    @Transactional
    public Report importFile(Caller caller, InputStream file, long maxBytes) {
        if (!DirectoryRule.canImport(caller)) {
            throw DomainException.forbidden(Message.of("directory.hsds.networkAdminOnly"));
        }
        JsonObject root = read(file, maxBytes);
        JsonArray entries = checkShape(root);
        Map<String, String> termCodes = termCodes(root.getJsonArray("taxonomy_terms"));
        int created = 0;
        int replaced = 0;
        int services = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonObject json = entries.getJsonObject(i);
            Checks fields = Checks.start().nested("organizations[" + i + "]", recordName(i, json));
            if (!seen.add(json.getString("id"))) {
                fields.error("id", "directory.hsds.idTwice");
                fields.throwIfAny();
            }
            boolean existed = apply(caller, json, termCodes, fields);
            services += json.containsKey("services") ? json.getJsonArray("services").size() : 0;
            if (existed) {
                replaced++;
            } else {
                created++;
            }
            em.flush();
        }
        audit.write(caller, "directory.import", "directory", "hsds", null, created + " créée(s), " + replaced + " remplacée(s)");
        return new Report(created, replaced, services);
    }

    private static JsonObject read(InputStream file, long maxBytes) {
        byte[] bytes;
        try {
            bytes = file.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw DomainException.invalid("file", Message.of("directory.hsds.tooLarge", Message.of("file.size.mb", maxBytes / (1024 * 1024))));
        }
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw DomainException.invalid("file", Message.of("directory.hsds.notAnObject"));
            }
            return object;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw DomainException.invalid("file", Message.of("directory.hsds.invalidJson", at.getLineNumber(), at.getColumnNumber()));
        } catch (JsonException e) {
            throw DomainException.invalid("file", Message.of("directory.hsds.unreadable"));
        }
    }

    /** The whole file against the HSDS schemas first: every error of every record at once. */
    private static JsonArray checkShape(JsonObject root) {
        Checks fields = Checks.start();
        if (root.containsKey("version") && !(root.get("version") instanceof JsonString v && v.getString().startsWith("3."))) {
            fields.error("version", "directory.hsds.version", String.valueOf(root.get("version")));
        }
        if (!(root.get("organizations") instanceof JsonArray entries)) {
            throw DomainException.invalid("organizations", Message.of("directory.hsds.noOrganizations"));
        }
        if (entries.size() > MAX_ORGANIZATIONS) {
            throw DomainException.invalid("organizations", Message.of("directory.hsds.tooManyOrganizations", entries.size(), MAX_ORGANIZATIONS));
        }
        if (root.containsKey("taxonomy_terms")) {
            if (!(root.get("taxonomy_terms") instanceof JsonArray terms)) {
                fields.error("taxonomy_terms", "directory.hsds.notList", "taxonomy_terms");
            } else {
                for (int i = 0; i < terms.size(); i++) {
                    Checks f = fields.nested("taxonomy_terms[" + i + "]", Message.of("directory.hsds.term", i + 1));
                    if (terms.get(i) instanceof JsonObject term) {
                        HsdsSchema.check("taxonomy_term", term, f);
                    } else {
                        f.error("", "directory.hsds.termNotObject");
                    }
                }
            }
        }
        int services = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof JsonObject json)) {
                fields.error("organizations[" + i + "]", "directory.hsds.organizationNotObject", i + 1);
                continue;
            }
            Checks f = fields.nested("organizations[" + i + "]", recordName(i, json));
            HsdsSchema.check("organization", json, f);
            if (json.containsKey("services")) {
                if (!(json.get("services") instanceof JsonArray list)) {
                    f.error("services", "directory.hsds.notList", "services");
                } else {
                    services += list.size();
                    for (int j = 0; j < list.size(); j++) {
                        if (list.get(j) instanceof JsonObject service) {
                            HsdsSchema.check("service", service, f.nested("services[" + j + "]", Message.of("directory.hsds.service", j + 1, name(service))));
                        } else {
                            f.error("services[" + j + "]", "directory.hsds.serviceNotObject");
                        }
                    }
                }
            }
        }
        if (services > MAX_SERVICES) {
            throw DomainException.invalid("organizations", Message.of("directory.hsds.tooManyServices", services, MAX_SERVICES));
        }
        fields.throwIfAny();
        return entries;
    }

    /** HSDS term id → Kafo term code (by code, else by name in Kafo's lists). */
    private Map<String, String> termCodes(JsonArray terms) {
        Map<String, String> codes = new HashMap<>();
        if (terms == null) {
            return codes;
        }
        for (JsonObject term : terms.getValuesAs(JsonObject.class)) {
            String code = term.getString("code", null);
            if (code == null) {
                code = em.createQuery("select t.code from Term t where lower(t.name) = :name", String.class)
                        .setParameter("name", term.getString("name").toLowerCase(Locale.ROOT)).getResultStream().findFirst()
                        .orElse(term.getString("name"));
            }
            codes.put(term.getString("id"), code);
        }
        return codes;
    }

    /** Applies one organisation; whether it existed. */
    private boolean apply(Caller caller, JsonObject json, Map<String, String> termCodes, Checks fields) {
        UUID id = UUID.fromString(json.getString("id"));
        String tenant = text(json, Hsds.TENANT, fields);
        OrganizationDraft draft = organizationDraft(json, fields);
        Organization entry = em.find(Organization.class, id);
        boolean existed = entry != null;
        if (existed) {
            if (!DirectoryRule.canKeep(caller, entry)) {
                fields.error("id", entry.member() ? "directory.hsds.keptByMember" : "directory.hsds.keptByNetwork", entry.memberTenant());
            } else if (!java.util.Objects.equals(tenant, entry.memberTenant())) {
                fields.error(Hsds.TENANT, "directory.hsds.notTheirs", tenant);
            }
        } else if (tenant != null) {
            if (tenants.find(tenant).isEmpty()) {
                fields.error(Hsds.TENANT, "directory.hsds.unknownMember", tenant);
            } else if (organizations.ofTenant(tenant).isPresent()) {
                fields.error(Hsds.TENANT, "directory.hsds.memberHasEntry", tenant);
            }
        }
        for (LocationDraft location : draft.locations()) {
            Location other = em.find(Location.class, location.id());
            if (other != null && !other.organization().id().equals(id)) {
                fields.error("locations", "directory.hsds.otherLocation", location.id(), other.organization().name());
            }
        }
        fields.throwIfAny();
        if (existed) {
            directory.describe(entry, draft, fields);
        } else {
            entry = directory.createFor(caller, id, tenant, draft, fields);
        }
        applyServices(entry, json.containsKey("services") ? json.getJsonArray("services") : JsonValue.EMPTY_JSON_ARRAY, termCodes, fields);
        entry.refreshSearchKey();
        if (existed) {
            directory.changed(caller, "directory.organization.replace", entry);
        }
        return existed;
    }

    private void applyServices(Organization entry, JsonArray list, Map<String, String> termCodes, Checks fields) {
        Set<UUID> inFile = new HashSet<>();
        for (int j = 0; j < list.size(); j++) {
            UUID id = UUID.fromString(list.getJsonObject(j).getString("id"));
            Service other = em.find(Service.class, id);
            if (!inFile.add(id)) {
                fields.error("services[" + j + "].id", "directory.hsds.serviceTwice");
            } else if (other != null && !other.organization().id().equals(entry.id())) {
                fields.error("services[" + j + "].id", "directory.hsds.otherService", other.organization().name());
            }
        }
        fields.throwIfAny();
        entry.services().stream().filter(s -> !inFile.contains(s.id())).forEach(entry::removeService);
        for (int j = 0; j < list.size(); j++) {
            JsonObject json = list.getJsonObject(j);
            Checks f = fields.nested("services[" + j + "]", Message.of("directory.hsds.service", j + 1, name(json)));
            UUID id = UUID.fromString(json.getString("id"));
            ServiceDraft draft = serviceDraft(json, termCodes, f);
            LocalDate assured = date(json, "assured_date", f);
            String assuredBy = text(json, Hsds.ASSURED_BY, f);
            if (assuredBy == null) {
                assuredBy = text(json, "assurer_email", f);
            }
            f.throwIfAny();
            Service service = entry.service(id).orElseGet(() -> entry.addService(id));
            directory.describe(service, j, draft, f);
            service.assure(assured, assured == null ? null : assuredBy);
        }
    }

    private OrganizationDraft organizationDraft(JsonObject json, Checks fields) {
        List<ContactDraft> contacts = new ArrayList<>();
        for (JsonObject c : objects(json, "contacts")) {
            contacts.add(new ContactDraft(c.getString("name", null), c.getString("title", null), firstPhone(c), c.getString("email", null)));
        }
        List<LocationDraft> locations = new ArrayList<>();
        List<JsonObject> places = objects(json, "locations");
        for (int k = 0; k < places.size(); k++) {
            locations.add(locationDraft(places.get(k), fields.nested("locations[" + k + "]")));
        }
        String country = text(json, Hsds.COUNTRY, fields);
        if (country == null && !locations.isEmpty()) {
            country = locations.get(0).country();
        }
        String kind = text(json, Hsds.KIND, fields);
        if (kind == null) {
            fields.error(Hsds.KIND, "directory.hsds.kindMissing", Hsds.KIND);
        }
        return new OrganizationDraft(json.getString("name"), json.getString("alternate_name", null), kind, country,
                json.getString("description", null), json.getString("website", null), json.getString("email", null),
                firstPhone(json), text(json, Hsds.VISIBILITY, fields), contacts, locations, null);
    }

    private LocationDraft locationDraft(JsonObject json, Checks fields) {
        List<JsonObject> addresses = objects(json, "addresses");
        JsonObject address = addresses.isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : addresses.get(0);
        if (addresses.isEmpty()) {
            fields.error("addresses", "directory.hsds.noAddress");
        }
        String country = address.getString("country", "ML").toUpperCase(Locale.ROOT);
        String region = address.getString("region", null);
        String province = address.getString("state_province", "");
        if (region == null && !province.isBlank()) {
            region = em.createQuery("select r from Region r where lower(r.name) = :name", Region.class)
                    .setParameter("name", province.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst()
                    .map(Region::code).orElse(province);
        }
        return new LocationDraft(UUID.fromString(json.getString("id")), json.getString("name", null),
                address.getString("address_1", null), address.getString("city", null), country, region,
                number(json, "latitude"), number(json, "longitude"), hours(objects(json, "schedules")));
    }

    private ServiceDraft serviceDraft(JsonObject json, Map<String, String> termCodes, Checks fields) {
        String category = null;
        List<String> groups = new ArrayList<>();
        List<JsonObject> attributes = objects(json, "attributes");
        for (int k = 0; k < attributes.size(); k++) {
            JsonObject attribute = attributes.get(k);
            String termId = attribute.getString("taxonomy_term_id", null);
            String code = termId == null ? null : termCodes.get(termId);
            if (code == null && attribute.get("taxonomy_term") instanceof JsonObject nested) {
                code = nested.getString("code", termCodes.get(nested.getString("id", "")));
            }
            Term term = code == null ? null : em.find(Term.class, code);
            if (term == null) {
                fields.error("attributes[" + k + "]", "directory.hsds.unknownTerm", code == null ? termId : code);
            } else if (term.taxonomy() == Taxonomy.CATEGORY) {
                if (category != null) {
                    fields.error("attributes[" + k + "]", "directory.hsds.twoCategories", category, code);
                }
                category = code;
            } else {
                groups.add(code);
            }
        }
        List<String> languages = new ArrayList<>();
        for (JsonObject language : objects(json, "languages")) {
            languages.add(language.getString("code", language.getString("name", null)));
        }
        List<UUID> at = new ArrayList<>();
        for (JsonObject link : objects(json, "service_at_locations")) {
            String locationId = link.getString("location_id", null);
            if (locationId == null && link.get("location") instanceof JsonObject nested) {
                locationId = nested.getString("id", null);
            }
            if (locationId == null) {
                fields.error("service_at_locations", "directory.hsds.locationUnnamed");
            } else {
                at.add(UUID.fromString(locationId));
            }
        }
        Integer capacity = null;
        if (json.containsKey(Hsds.CAPACITY)) {
            if (json.get(Hsds.CAPACITY) instanceof JsonNumber n && n.isIntegral()) {
                capacity = n.intValue();
            } else {
                fields.error(Hsds.CAPACITY, "directory.hsds.capacityNotNumber");
            }
        }
        String status = "active".equals(json.getString("status")) ? "ACTIVE" : "INACTIVE";
        return new ServiceDraft(json.getString("name"), json.getString("description", null), category, groups, languages,
                json.getString("eligibility_description", null), status, capacity, at, hours(objects(json, "schedules")));
    }

    private static List<HoursDraft> hours(List<JsonObject> schedules) {
        List<HoursDraft> hours = new ArrayList<>();
        for (JsonObject s : schedules) {
            String byday = s.getString("byday", "");
            hours.add(new HoursDraft(byday.isBlank() ? List.of() : List.of(byday.split(",")), s.getString("opens_at", null),
                    s.getString("closes_at", null), s.getString("description", null)));
        }
        return hours;
    }

    private static String firstPhone(JsonObject json) {
        List<JsonObject> phones = objects(json, "phones");
        return phones.isEmpty() ? null : phones.get(0).getString("number", null);
    }

    private static List<JsonObject> objects(JsonObject json, String key) {
        return json.get(key) instanceof JsonArray list ? list.getValuesAs(JsonObject.class) : List.of();
    }

    private static String text(JsonObject json, String key, Checks fields) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString();
        }
        fields.error(key, "directory.hsds.notText", key);
        return null;
    }

    private static Double number(JsonObject json, String key) {
        return json.get(key) instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static LocalDate date(JsonObject json, String key, Checks fields) {
        String value = text(json, key, fields);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            fields.error(key, "directory.hsds.date", value);
            return null;
        }
    }

    private static Message recordName(int index, JsonObject json) {
        return Message.of("directory.hsds.organization", index + 1, name(json));
    }

    private static String name(JsonObject json) {
        return json.get("name") instanceof JsonString s ? " « " + s.getString() + " »" : "";
    }
}
