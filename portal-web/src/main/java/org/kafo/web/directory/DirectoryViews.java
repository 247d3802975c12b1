package org.kafo.web.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.directory.Contact;
import org.kafo.domain.directory.DirectoryRule;
import org.kafo.domain.directory.Location;
import org.kafo.domain.directory.OpeningHours;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Page;
import org.kafo.domain.directory.Service;
import org.kafo.domain.directory.Term;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.reference.Region;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.tenancy.Caller;

/** What the API returns for the directory: records, never entities; direct contact details only to signed-in callers. */
public final class DirectoryViews {

    private DirectoryViews() {
    }

    public record PageView<T>(List<T> items, long total, int first, int max) {
    }

    public record TermView(String code, String name, boolean active) {
        static TermView of(Term t) {
            return new TermView(t.code(), t.name(), t.active());
        }
    }

    public record RegionView(String code, String name, String country, boolean active) {
        static RegionView of(Region r) {
            return new RegionView(r.code(), r.name(), r.country(), r.active());
        }
    }

    public record HoursView(List<String> days, LocalTime opensAt, LocalTime closesAt, String note, String text) {
        static HoursView of(OpeningHours h) {
            return new HoursView(h.days(), h.opensAt(), h.closesAt(), h.note(), h.describe());
        }
    }

    /** A contact person; {@code phone} and {@code email} are absent for anonymous visitors. */
    public record ContactView(String name, String title, String phone, String email) {
        static ContactView of(Contact c, boolean direct) {
            return new ContactView(c.name(), c.title(), direct ? c.phone() : null, direct ? c.email() : null);
        }
    }

    public record LocationView(UUID id, String name, String address, String city, String country, String region, String regionName,
                               Double latitude, Double longitude, String label, List<HoursView> hours) {
        static LocationView of(Location l) {
            return new LocationView(l.id(), l.name(), l.address(), l.city(), l.country(), l.region() == null ? null : l.region().code(),
                    l.region() == null ? null : l.region().name(), l.latitude(), l.longitude(), l.label(),
                    l.hours().stream().map(HoursView::of).toList());
        }
    }

    public record LanguageView(String code, String name) {
    }

    public record ServiceView(UUID id, UUID organizationId, String organizationName, boolean member, String name, String description,
                              TermView category, List<TermView> targetGroups, List<LanguageView> languages, String conditions,
                              String status, LocalDate assuredDate, String assuredBy, Integer capacity,
                              List<LocationView> locations, List<HoursView> hours) {
        static ServiceView of(Service s) {
            Organization o = s.organization();
            return new ServiceView(s.id(), o.id(), o.name(), o.member(), s.name(), s.description(), TermView.of(s.category()),
                    s.targetGroups().stream().map(TermView::of).toList(),
                    s.languages().stream().map(c -> new LanguageView(c, Checks.languageName(c))).toList(), s.conditions(),
                    s.status().name(), s.assuredDate(), s.assuredBy(), s.capacity(),
                    s.locations().stream().map(LocationView::of).toList(), s.hours().stream().map(HoursView::of).toList());
        }
    }

    public record OrganizationSummary(UUID id, String name, String acronym, String kind, String kindLabel, String country,
                                      boolean member, String tenant, String visibility, List<String> cities, List<String> categories) {
        static OrganizationSummary of(Organization o) {
            return new OrganizationSummary(o.id(), o.name(), o.acronym(), o.kind().code(), o.kind().label(), o.country(), o.member(),
                    o.memberTenant(), o.visibility().name(), o.locations().stream().map(Location::city).distinct().toList(),
                    o.services().stream().map(s -> s.category().name()).distinct().toList());
        }
    }

    /** An entry as its profile shows it; {@code canEdit} says whether the caller keeps it. */
    public record OrganizationView(UUID id, long version, String name, String acronym, String kind, String kindLabel, String country,
                                   String countryName, String description, String website, String email, String phone,
                                   boolean member, String tenant, String visibility, List<ContactView> contacts,
                                   List<LocationView> locations, List<ServiceView> services, boolean canEdit) {
        static OrganizationView of(Organization o, Caller caller) {
            boolean direct = DirectoryRule.seesDirectContacts(caller);
            return new OrganizationView(o.id(), o.version(), o.name(), o.acronym(), o.kind().code(), o.kind().label(), o.country(),
                    Countries.frenchName(o.country()), o.description(), o.website(), o.email(), o.phone(), o.member(), o.memberTenant(),
                    o.visibility().name(), o.contacts().stream().map(c -> ContactView.of(c, direct)).toList(),
                    o.locations().stream().map(LocationView::of).toList(), o.services().stream().map(ServiceView::of).toList(),
                    DirectoryRule.canKeep(caller, o));
        }
    }

    static <T, V> PageView<V> page(Page<T> page, java.util.function.Function<T, V> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.total(), page.first(), page.max());
    }
}
