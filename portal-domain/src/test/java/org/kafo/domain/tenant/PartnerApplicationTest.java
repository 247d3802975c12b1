package org.kafo.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;

class PartnerApplicationTest {

    @Test
    void theAliasIsDerivedFromTheAcronymElseTheNameWithoutAccents() {
        assertThat(PartnerApplication.deriveAlias("Droits devant !!")).isEqualTo("droits-devant");
        assertThat(PartnerApplication.deriveAlias("ARACEM")).isEqualTo("aracem");
        assertThat(PartnerApplication.deriveAlias("Médecins du Monde — Mali")).isEqualTo("medecins-du-monde-mali");
        assertThat(PartnerApplication.deriveAlias("!!!")).isNull();

        assertThat(application(null, "Association des Refoulés d'Afrique Centrale au Mali", "ARACEM").alias()).isEqualTo("aracem");
        assertThat(application(null, "Réseau Kayira", null).alias()).isEqualTo("reseau-kayira");
        assertThat(application("kayira", "Réseau Kayira", null).alias()).isEqualTo("kayira");
    }

    @Test
    void fieldsAreTrimmedAndNormalised() {
        PartnerApplication a = PartnerApplication.of(null, "  Réseau Kayira ", " ", "ml", " Bamako ", "ong-nationale",
                " Contact@Kayira.ORG ", "Admin@Kayira.org", " Awa ", " Traoré ");
        assertThat(a.name()).isEqualTo("Réseau Kayira");
        assertThat(a.acronym()).isNull();
        assertThat(a.country()).isEqualTo("ML");
        assertThat(a.city()).isEqualTo("Bamako");
        assertThat(a.kind()).isEqualTo(PartnerKind.ONG_NATIONALE);
        assertThat(a.contactEmail()).isEqualTo("contact@kayira.org");
        assertThat(a.adminEmail()).isEqualTo("admin@kayira.org");
        assertThat(a.adminFirstName()).isEqualTo("Awa");
    }

    @Test
    void everyBadFieldIsReportedAtOnceInFrench() {
        assertThatThrownBy(() -> PartnerApplication.of("Pas Bon!", "", null, "XX", null, "secte", "pas-une-adresse",
                "moi@", null, " "))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.errors()).extracting(DomainException.FieldError::field).containsExactly(
                            "name", "alias", "country", "kind", "contactEmail", "adminEmail", "adminFirstName", "adminLastName");
                    assertThat(e.errors().get(1).message()).contains("Pas Bon!", "lettres minuscules");
                    assertThat(e.errors().get(2).message()).contains("Pays inconnu", "XX");
                    assertThat(e.errors().get(5).message()).contains("« moi@ » n'est pas une adresse électronique valide");
                });
    }

    private static PartnerApplication application(String alias, String name, String acronym) {
        return PartnerApplication.of(alias, name, acronym, "ML", "Bamako", "association-de-migrants", null,
                "admin@example.org", "Awa", "Traoré");
    }
}
