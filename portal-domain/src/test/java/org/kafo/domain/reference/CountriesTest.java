package org.kafo.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The country picker's answers: the usual origins first, found as people type them (without accents too). */
class CountriesTest {

    @Test
    void aBlankQueryOffersTheUsualOriginsInTheirOrder() {
        assertThat(Countries.matching(" ")).extracting(Countries.Country::name)
                .startsWith("France", "Espagne", "Algérie", "Libye", "Niger", "Mauritanie", "Maroc", "Tunisie", "Arabie saoudite");
    }

    @Test
    void typedWordsFindCountriesWithoutTheirAccentsAndTheUsualOnesComeFirst() {
        assertThat(Countries.matching("algerie")).extracting(Countries.Country::code).containsExactly("DZ");
        // "ni": Niger (a usual origin) before Nigeria, Bénin…
        assertThat(Countries.matching("ni")).extracting(Countries.Country::code).first().isEqualTo("NE");
        assertThat(Countries.matching("ni")).extracting(Countries.Country::code).contains("NG", "BJ");
        assertThat(Countries.matching("ML")).extracting(Countries.Country::code).contains("ML");
        assertThat(Countries.matching("atlantide")).isEmpty();
        Locale spanish = Locale.forLanguageTag("es");
        assertThat(Countries.matching("argelia", spanish)).extracting(Countries.Country::name).containsExactly("Argelia");
        assertThat(Countries.matching("algerie", spanish)).extracting(Countries.Country::code).containsExactly("DZ");
        assertThat(Countries.matching("", spanish)).extracting(Countries.Country::name).contains("Libia", "Argelia");
    }
}
