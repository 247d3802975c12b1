package org.kafo.domain.tenant;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.DomainException.FieldError;
import org.kafo.domain.shared.EmailAddress;
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
        List<FieldError> errors = new ArrayList<>();
        String cleanName = trimmed(name);
        if (cleanName == null) {
            errors.add(new FieldError("name", "Indiquez le nom de l'association."));
        } else if (cleanName.length() > NAME_MAX) {
            errors.add(new FieldError("name", "Le nom ne doit pas dépasser " + NAME_MAX + " caractères."));
        }
        String cleanAcronym = trimmed(acronym);
        if (cleanAcronym != null && cleanAcronym.length() > 30) {
            errors.add(new FieldError("acronym", "Le sigle ne doit pas dépasser 30 caractères."));
        }
        String cleanAlias = trimmed(alias);
        if (cleanAlias == null) {
            cleanAlias = deriveAlias(cleanAcronym != null ? cleanAcronym : cleanName);
        }
        if (!PartnerTenants.isAlias(cleanAlias)) {
            errors.add(new FieldError("alias", alias == null || alias.isBlank()
                    ? "Indiquez un identifiant (lettres minuscules, chiffres et tirets), par exemple « droits-devant »."
                    : "L'identifiant « " + alias.trim() + " » ne convient pas : lettres minuscules, chiffres et tirets, "
                            + "63 caractères au plus, sans tiret au début."));
        }
        String cleanCountry = trimmed(country) == null ? null : country.trim().toUpperCase(Locale.ROOT);
        if (!Countries.isKnown(cleanCountry)) {
            errors.add(new FieldError("country", cleanCountry == null
                    ? "Indiquez le pays de l'association."
                    : "Pays inconnu : « " + country.trim() + " » (code ISO 3166 à deux lettres, par exemple ML, FR, ES)."));
        }
        PartnerKind cleanKind = trimmed(kind) == null ? null : PartnerKind.fromCode(kind.trim()).orElse(null);
        if (cleanKind == null) {
            errors.add(new FieldError("kind", "Choisissez le type d'organisation."));
        }
        String cleanContact = null;
        if (trimmed(contactEmail) != null) {
            cleanContact = EmailAddress.normalise(contactEmail);
            if (cleanContact == null) {
                errors.add(new FieldError("contactEmail", EmailAddress.invalidMessage(contactEmail)));
            }
        }
        String cleanAdmin = EmailAddress.normalise(adminEmail);
        if (cleanAdmin == null) {
            errors.add(new FieldError("adminEmail", trimmed(adminEmail) == null
                    ? "Indiquez l'adresse électronique de la personne qui administrera l'association."
                    : EmailAddress.invalidMessage(adminEmail)));
        }
        String first = trimmed(adminFirstName);
        String last = trimmed(adminLastName);
        if (first == null) {
            errors.add(new FieldError("adminFirstName", "Indiquez le prénom de la personne qui administrera l'association."));
        }
        if (last == null) {
            errors.add(new FieldError("adminLastName", "Indiquez le nom de la personne qui administrera l'association."));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new PartnerApplication(cleanAlias, cleanName, cleanAcronym, cleanCountry, trimmed(city), cleanKind,
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

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
