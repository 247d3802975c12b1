package org.kafo.domain.directory;

import java.util.List;
import java.util.UUID;
import org.kafo.domain.tenant.PartnerKind;

/** What a form, an API client or an HSDS file proposes; {@link Directory} checks it before anything changes. */
public final class Drafts {

    private Drafts() {
    }

    /**
     * An entry. {@code kind} is a code of {@link PartnerKind}; {@code visibility} PUBLIC (default) or
     * NETWORK; {@code version} the version the editor saw, to refuse a lost update ({@code null}: no check).
     */
    public record OrganizationDraft(String name, String acronym, String kind, String country, String description,
                                    String website, String email, String phone, String visibility,
                                    List<ContactDraft> contacts, List<LocationDraft> locations, Long version) {
        public OrganizationDraft {
            contacts = contacts == null ? List.of() : contacts;
            locations = locations == null ? List.of() : locations;
        }
    }

    public record ContactDraft(String name, String title, String phone, String email) {
    }

    /** A location; {@code id} keeps an existing one (and the services given there), {@code null} adds one. */
    public record LocationDraft(UUID id, String name, String address, String city, String country, String region,
                                Double latitude, Double longitude, List<HoursDraft> hours) {
        public LocationDraft {
            hours = hours == null ? List.of() : hours;
        }
    }

    /** Opening hours: days as iCal codes (MO … SU), times as HH:MM (Mali is on UTC). */
    public record HoursDraft(List<String> days, String opensAt, String closesAt, String note) {
        public HoursDraft {
            days = days == null ? List.of() : days;
        }
    }

    /**
     * A service. {@code category} and {@code targetGroups} are term codes; {@code status} ACTIVE (default) or
     * INACTIVE; {@code locations} ids of the organisation's locations where it is given.
     */
    public record ServiceDraft(String name, String description, String category, List<String> targetGroups,
                               List<String> languages, String conditions, String status, Integer capacity,
                               List<UUID> locations, List<HoursDraft> hours) {
        public ServiceDraft {
            targetGroups = targetGroups == null ? List.of() : targetGroups;
            languages = languages == null ? List.of() : languages;
            locations = locations == null ? List.of() : locations;
            hours = hours == null ? List.of() : hours;
        }
    }
}
