package org.kafo.web.directory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.kafo.domain.directory.OpeningHours;
import org.kafo.domain.directory.Taxonomies;
import org.kafo.domain.directory.Taxonomy;
import org.kafo.domain.directory.Term;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.reference.Region;
import org.kafo.domain.tenant.PartnerKind;
import org.kafo.web.faces.Language;

/** The lists the directory's pages offer in their selects, read once per request. */
@Named
@RequestScoped
public class DirectoryLists {

    @Inject
    Taxonomies taxonomies;

    private List<Term> categories;
    private List<Term> targetGroups;
    private List<Region> regions;

    public List<Term> getCategories() {
        if (categories == null) {
            categories = taxonomies.terms(Taxonomy.CATEGORY, false);
        }
        return categories;
    }

    public List<Term> getTargetGroups() {
        if (targetGroups == null) {
            targetGroups = taxonomies.terms(Taxonomy.TARGET_GROUP, false);
        }
        return targetGroups;
    }

    public List<Region> getRegions() {
        if (regions == null) {
            regions = taxonomies.regions(false);
        }
        return regions;
    }

    /** The name of a term of these, or its code when it is not among them (retired, or typed in the address). */
    String termName(List<Term> terms, String code) {
        return terms.stream().filter(t -> t.code().equals(code)).map(Term::name).findFirst().orElse(code);
    }

    String regionName(String code) {
        return getRegions().stream().filter(r -> r.code().equals(code)).map(Region::name).findFirst().orElse(code);
    }

    public List<PartnerKind> getKinds() {
        return Arrays.asList(PartnerKind.values());
    }

    public List<Countries.Country> getCountries() {
        return Countries.all(Language.ofPage());
    }

    public List<String> getDays() {
        return OpeningHours.DAYS;
    }
}
