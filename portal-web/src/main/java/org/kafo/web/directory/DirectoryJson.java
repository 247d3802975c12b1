package org.kafo.web.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.directory.Contact;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.DirectoryRule;
import org.kafo.domain.directory.Location;
import org.kafo.domain.directory.OpeningHours;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Page;
import org.kafo.domain.directory.Service;
import org.kafo.domain.directory.Term;
import org.kafo.domain.directory.WiderSearch;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.reference.Region;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.tenancy.Caller;

/**
 * The directory API's bodies, what its pages show as well: records, never entities; direct contact details only to
 * signed-in callers.
 */
public final class DirectoryJson {

    private DirectoryJson() {
    }

    public record PageJson<T>(List<T> items, long total, int first, int max) {
    }

    /**
     * A list of the referral question (services or actors): a page of it and, when nothing answers, the nearest wider
     * search that has answers ({@code wider}, absent otherwise).
     */
    public record AnswerJson<T>(List<T> items, long total, int first, int max, WiderJson wider) {
    }

    /**
     * The nearest wider search: the parameters it leaves open ({@code widened}: {@code region}, {@code city}…, nearest
     * first), how many answer it, its parameters and its query string (for the same list: {@code ?query}).
     */
    public record WiderJson(List<String> widened, long total, java.util.Map<String, String> parameters, String query) {
        public static WiderJson of(WiderSearch wider) {
            return new WiderJson(wider.widened().stream().map(DirectoryAddress::parameter).toList(), wider.total(),
                    DirectoryAddress.parameters(wider.filter()), DirectoryAddress.query(wider.filter()));
        }
    }

    public record TermJson(String code, String name, boolean active) {
        public static TermJson of(Term t) {
            return new TermJson(t.code(), t.name(), t.active());
        }
    }

    public record RegionJson(String code, String name, String country, boolean active) {
        public static RegionJson of(Region r) {
            return new RegionJson(r.code(), r.name(), r.country(), r.active());
        }
    }

    public record HoursJson(List<String> days, LocalTime opensAt, LocalTime closesAt, String note, String text) {
        public static HoursJson of(OpeningHours h) {
            return new HoursJson(h.days(), h.opensAt(), h.closesAt(), h.note(), h.describe());
        }
    }

    /** A contact person; {@code phone} and {@code email} are absent for anonymous visitors. */
    public record ContactJson(String name, String title, String phone, String email) {
        public static ContactJson of(Contact c, boolean direct) {
            return new ContactJson(c.name(), c.title(), direct ? c.phone() : null, direct ? c.email() : null);
        }
    }

    public record LocationJson(UUID id, String name, String address, String city, String country, String region, String regionName,
                               Double latitude, Double longitude, String label, List<HoursJson> hours) {
        public static LocationJson of(Location l) {
            return new LocationJson(l.id(), l.name(), l.address(), l.city(), l.country(), l.region() == null ? null : l.region().code(),
                    l.region() == null ? null : l.region().name(), l.latitude(), l.longitude(), l.label(),
                    l.hours().stream().map(HoursJson::of).toList());
        }
    }

    public record LanguageJson(String code, String name) {
    }

    public record ServiceJson(UUID id, UUID organizationId, String organizationName, boolean member, String name, String description,
                              TermJson category, List<TermJson> targetGroups, List<LanguageJson> languages, String conditions,
                              String status, LocalDate assuredDate, String assuredBy, Integer capacity,
                              List<LocationJson> locations, List<HoursJson> hours) {
        public static ServiceJson of(Service s) {
            Organization o = s.organization();
            return new ServiceJson(s.id(), o.id(), o.name(), o.member(), s.name(), s.description(), TermJson.of(s.category()),
                    s.targetGroups().stream().map(TermJson::of).toList(),
                    s.languages().stream().map(c -> new LanguageJson(c, Checks.languageName(c))).toList(), s.conditions(),
                    s.status().name(), s.assuredDate(), s.assuredBy(), s.capacity(),
                    s.locations().stream().map(LocationJson::of).toList(), s.hours().stream().map(HoursJson::of).toList());
        }
    }

    public record OrganizationSummaryJson(UUID id, String name, String acronym, String kind, String kindLabel, String country,
                                      boolean member, String tenant, String visibility, List<String> cities, List<String> categories) {
        public static OrganizationSummaryJson of(Organization o) {
            return new OrganizationSummaryJson(o.id(), o.name(), o.acronym(), o.kind().code(), o.kind().label(), o.country(), o.member(),
                    o.memberTenant(), o.visibility().name(), o.locations().stream().map(Location::city).distinct().toList(),
                    o.services().stream().map(s -> s.category().name()).distinct().toList());
        }
    }

    /** An entry as its profile shows it; {@code canEdit} says whether the caller keeps it. */
    public record OrganizationJson(UUID id, long version, String name, String acronym, String kind, String kindLabel, String country,
                                   String countryName, String description, String website, String email, String phone,
                                   boolean member, String tenant, String visibility, List<ContactJson> contacts,
                                   List<LocationJson> locations, List<ServiceJson> services, boolean canEdit) {
        public static OrganizationJson of(Organization o, Caller caller) {
            boolean direct = DirectoryRule.seesDirectContacts(caller);
            return new OrganizationJson(o.id(), o.version(), o.name(), o.acronym(), o.kind().code(), o.kind().label(), o.country(),
                    Countries.frenchName(o.country()), o.description(), o.website(), o.email(), o.phone(), o.member(), o.memberTenant(),
                    o.visibility().name(), o.contacts().stream().map(c -> ContactJson.of(c, direct)).toList(),
                    o.locations().stream().map(LocationJson::of).toList(), o.services().stream().map(ServiceJson::of).toList(),
                    DirectoryRule.canKeep(caller, o));
        }
    }

    public static <T, V> PageJson<V> page(Page<T> page, java.util.function.Function<T, V> view) {
        return new PageJson<>(page.items().stream().map(view).toList(), page.total(), page.first(), page.max());
    }

    /** A page of the referral question's answers; {@code wider} is asked only when nothing answers (and something was asked). */
    public static <T, V> AnswerJson<V> answer(Page<T> page, java.util.function.Function<T, V> view, DirectoryFilter filter,
                                              java.util.function.Function<DirectoryFilter, java.util.Optional<WiderSearch>> wider) {
        WiderJson widerJson = page.total() == 0 && !filter.parts().isEmpty() ? wider.apply(filter).map(WiderJson::of).orElse(null) : null;
        return new AnswerJson<>(page.items().stream().map(view).toList(), page.total(), page.first(), page.max(), widerJson);
    }
}
