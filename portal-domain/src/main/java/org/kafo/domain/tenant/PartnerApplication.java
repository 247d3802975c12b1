package org.kafo.domain.tenant;

import java.text.Normalizer;
import java.util.Locale;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.tenancy.PartnerTenants;

/**
 * What a network admin gives to onboard a partner association, checked and normalised: the association
 * itself and the person who will administer it. Build it with {@link #of}; every field error is reported
 * at once, in French, before anything is created anywhere.
 *
 * @param alias the tenant id and Keycloak Organization alias: given, or derived from the acronym, else the name
 */
public record PartnerApplication(String alias, String name, String acronym, String country, String city, PartnerKind kind,
                                 String contactEmail, String adminEmail, String adminFirstName, String adminLastName) {

    static final int NAME_MAX = 200;

    public static PartnerApplication of(String alias, String name, String acronym, String country, String city, String kind,
                                        String contactEmail, String adminEmail, String adminFirstName, String adminLastName) {
        Checks checks = Checks.start();
        String cleanName = checks.line("name", "partner.field.name", name).max(NAME_MAX).required("partner.name.missing");
        String cleanAcronym = checks.line("acronym", "partner.field.acronym", acronym).max(30).optional();
        String typedAlias = alias == null || alias.isBlank() ? null : alias.strip();
        String cleanAlias = typedAlias != null ? typedAlias : deriveAlias(cleanAcronym != null ? cleanAcronym : cleanName);
        if (!PartnerTenants.isAlias(cleanAlias)) {
            checks.error("alias", typedAlias == null ? "partner.alias.missing" : "partner.alias.invalid", typedAlias);
        }
        String cleanCountry = checks.country("country", "partner.field.country", country).required("partner.country.missing");
        PartnerKind cleanKind = checks.choice("kind", "partner.field.kind", kind, PartnerKind::fromCode).required("partner.kind.missing");
        String cleanContact = checks.email("contactEmail", "partner.field.contactEmail", contactEmail).optional();
        String cleanAdmin = checks.email("adminEmail", "partner.field.adminEmail", adminEmail).required("partner.adminEmail.missing");
        String first = checks.line("adminFirstName", "partner.field.adminFirstName", adminFirstName).required("partner.adminFirstName.missing");
        String last = checks.line("adminLastName", "partner.field.adminLastName", adminLastName).required("partner.adminLastName.missing");
        String cleanCity = checks.line("city", "partner.field.city", city).optional();
        checks.throwIfAny();
        return new PartnerApplication(cleanAlias, cleanName, cleanAcronym, cleanCountry, cleanCity, cleanKind,
                cleanContact, cleanAdmin, first, last);
    }

    /** "Droits devant !!" → {@code droits-devant}; "APDHA" → {@code apdha}; accents dropped. */
    public static String deriveAlias(String text) {
        if (text == null) {
            return null;
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String alias = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (alias.length() > 63) {
            alias = alias.substring(0, 63).replaceAll("-+$", "");
        }
        return alias.isEmpty() ? null : alias;
    }
}
