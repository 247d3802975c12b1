package org.kafo.domain.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kafo.domain.shared.DomainException;

class DocumentDetailsTest {

    @ParameterizedTest(name = "{0} → {1} / {2} / {3}")
    @CsvSource({
            "2008, 2008, 2008, 2008",
            "2014-03, 2014-03, mars 2014, marzo de 2014",
            "2014-3-18, 2014-03-18, 18 mars 2014, 18 de marzo de 2014",
            "' 2025-12-14 ', 2025-12-14, 14 décembre 2025, 14 de diciembre de 2025",
    })
    void aYearAloneAMonthOrADayIsAllowed(String typed, String iso, String french, String spanish) {
        PublicationDate date = PublicationDate.parse(typed, "date");
        assertThat(date.iso()).isEqualTo(iso);
        assertThat(date.label(Locale.FRENCH)).isEqualTo(french);
        assertThat(date.label(Locale.forLanguageTag("es"))).isEqualTo(spanish);
    }

    @ParameterizedTest
    @CsvSource({
            "hier, illisible",
            "2014-13, n'existe pas",
            "2014-02-30, n'existe pas",
            "1850, comprise entre",
            "3000, comprise entre",
    })
    void impossibleDatesAreRefusedInFrench(String typed, String message) {
        assertThatThrownBy(() -> PublicationDate.parse(typed, "date")).isInstanceOf(DomainException.class)
                .hasMessageContaining(message);
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> DocumentDetails.of(" ", "POEME", "x".repeat(201), "demain", null, "zz",
                List.of("y".repeat(81)), "javascript:alert(1)"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("title", "kind", "authorOrganisation", "date", "language", "themes", "sourceUrl"));
    }

    @Test
    void inputIsTidiedThemesAreDeduplicatedAndTheLanguageDefaultsToFrench() {
        DocumentDetails details = DocumentDetails.of("  Rapport   alternatif\n2014 ", "rapport-alternatif", " AME ", "2014", " Bamako ",
                null, DocumentDetails.splitThemes("TOKTEN, codéveloppement; tokten ,, "), " https://example.org/r.pdf ");
        assertThat(details.title()).isEqualTo("Rapport alternatif 2014");
        assertThat(details.kind()).isEqualTo(DocumentKind.RAPPORT_ALTERNATIF);
        assertThat(details.authorOrganisation()).isEqualTo("AME");
        assertThat(details.language()).isEqualTo("fr");
        assertThat(details.themes()).containsExactly("TOKTEN", "codéveloppement");
        assertThat(details.sourceUrl()).isEqualTo("https://example.org/r.pdf");
    }
}
