package org.kafo.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.TestDatabase;

class ReferenceListsTest {

    private final TestDatabase db = TestDatabase.get();

    @Test
    void theRegionsOfMaliAreThereByName() {
        List<Region> regions = db.inTransaction(em -> new Regions(em).active());
        assertThat(regions).extracting(Region::name).contains("District de Bamako", "Gao", "Kidal", "Kayes", "Nioro du Sahel");
        assertThat(regions).allMatch(r -> r.country().equals("ML"));
    }

    @Test
    void anUnknownRegionIsRefusedNamingTheField() {
        assertThatThrownBy(() -> db.run(em -> new Regions(em).require("atlantide", "region")))
                .isInstanceOf(DomainException.class).hasMessageContaining("atlantide")
                .satisfies(e -> assertThat(((DomainException) e).errors().get(0).field()).isEqualTo("region"));
    }

    @Test
    void countriesAreIsoCodesWithFrenchNames() {
        assertThat(Countries.require("dz", "origin")).isEqualTo("DZ");
        assertThat(Countries.frenchName("DZ")).isEqualTo("Algérie");
        assertThat(Countries.all()).extracting(Countries.Country::name).contains("Mali", "Libye", "Espagne");
        Locale spanish = Locale.forLanguageTag("es");
        assertThat(Countries.name("DZ", spanish)).isEqualTo("Argelia");
        assertThat(Countries.all(spanish)).extracting(Countries.Country::name).contains("Libia", "España")
                .as("sorted in Spanish").isSortedAccordingTo(java.text.Collator.getInstance(spanish));
        assertThatThrownBy(() -> Countries.require("XX", "origin")).isInstanceOf(DomainException.class)
                .hasMessageContaining("Pays inconnu");
        assertThatThrownBy(() -> Countries.require(null, "origin")).isInstanceOf(DomainException.class);
    }
}
