package org.kafo.web.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.stream.Collectors;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.DirectoryRule;
import org.kafo.domain.directory.HsdsExport;
import org.kafo.domain.directory.Location;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.directory.Service;
import org.kafo.domain.directory.Taxonomies;
import org.kafo.domain.directory.Term;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.csv.SpreadsheetCsv;

/** The directory as files, for the API and the pages alike: HSDS JSON, and a filtered list as CSV. */
@ApplicationScoped
public class DirectoryExports {

    /** A CSV export lists at most this many services (a filter narrows it). */
    public static final int CSV_MAX = 5000;

    private static final String[] HEADER = {"organisation", "sigle", "type", "membre du portail", "service", "catégorie",
            "publics", "état", "vérifié le", "vérifié par", "places disponibles", "lieux", "langues", "conditions",
            "site web", "courriel", "téléphone"};

    @Inject
    Organizations organizations;

    @Inject
    Taxonomies taxonomies;

    /** What the caller sees of the directory, in HSDS 3.0; contact persons' direct details for signed-in callers only. */
    @Transactional
    public JsonObject hsds(Caller caller) {
        return HsdsExport.of(organizations.allVisible(caller), taxonomies.allTerms(), DirectoryRule.seesDirectContacts(caller));
    }

    /**
     * The services matching the filter, one per line, in the referral order ({@link SpreadsheetCsv}: as spreadsheets in
     * French open them, no cell a formula). Only the organisations' public details.
     */
    @Transactional
    public String csv(Caller caller, DirectoryFilter filter) {
        SpreadsheetCsv csv = SpreadsheetCsv.withHeader(HEADER);
        for (Service s : organizations.services(caller, filter, 0, CSV_MAX).items()) {
            Organization o = s.organization();
            csv.row(o.name(), o.acronym(), o.kind().label(), o.member() ? "oui" : "non", s.name(), s.category().name(),
                    s.targetGroups().stream().map(Term::name).collect(Collectors.joining(", ")),
                    s.active() ? "actif" : "inactif", s.assuredDate(), s.assuredBy(), s.capacity(),
                    (s.locations().isEmpty() ? o.locations() : s.locations()).stream().map(Location::label).collect(Collectors.joining(" | ")),
                    String.join(", ", s.languages()), s.conditions(), o.website(), o.email(), o.phone());
        }
        return csv.text();
    }
}
