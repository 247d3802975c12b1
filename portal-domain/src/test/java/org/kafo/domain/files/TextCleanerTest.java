package org.kafo.domain.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Extracted text is cleaned once: what search indexes and the document page shows reads as the original. */
class TextCleanerTest {

    @Test
    void nonBreakingAndRepeatedSpacesBecomeOne() {
        assertThat(TextCleaner.clean("l’arrivée\u00A0 en   moyenne\tde deux expulsés")).isEqualTo("l’arrivée en moyenne de deux expulsés");
    }

    @Test
    void aWordCutAtTheEndOfALineIsWholeAgainAndWrappedLinesJoin() {
        assertThat(TextCleaner.clean("contribuer au dévelop-\npement socio-économique\ndu pays.\nLe Mali"))
                .isEqualTo("contribuer au développement socio-économique du pays.\nLe Mali");
    }

    @Test
    void pageNumbersAndRepeatedHeadersGoParagraphsStay() {
        String page = "Rapport AME 2014\nPremier paragraphe du rapport.\n\nSecond paragraphe.\n";
        String text = page + "1\n" + page + "2\n" + page + "3\n";
        String cleaned = TextCleaner.clean(text);
        assertThat(cleaned).doesNotContain("Rapport AME 2014").doesNotContainPattern("(?m)^\\d$");
        assertThat(cleaned).contains("Premier paragraphe du rapport.\n\nSecond paragraphe.");
    }

    @Test
    void aDoubleSpacedTextGetsSingleLineBreaksBack() {
        String text = "Le présent rapport est élaboré par l’AME\n\nsur la base de ses interventions.\n\nL’Association a été créée\n\n"
                + "le 6 octobre 1996.\n\nLa mission de l’AME\n\nest de porter assistance.\n\n\n\nII. Observations\n\nsur la partie.";
        assertThat(TextCleaner.clean(text)).isEqualTo("Le présent rapport est élaboré par l’AME sur la base de ses interventions.\n"
                + "L’Association a été créée le 6 octobre 1996.\nLa mission de l’AME est de porter assistance.\n\n"
                + "II. Observations sur la partie.");
    }

    @Test
    void cleaningCleanTextChangesNothing() throws IOException {
        for (String file : new String[] {"2008-ame-notre-histoire-nos-actions.txt", "2014-03-18-ame-observations-rapport-mali-cmw.txt"}) {
            String once = TextCleaner.clean(corpus(file));
            assertThat(TextCleaner.clean(once)).isEqualTo(once);
            assertThat(once).doesNotContain("\u00A0").doesNotContain("  ").doesNotContain("\n\n\n");
        }
    }

    private static String corpus(String file) throws IOException {
        try (InputStream in = TextCleanerTest.class.getResourceAsStream("/demo/corpus/" + file)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return java.nio.file.Files.readString(java.nio.file.Path.of("../portal-web/src/main/resources/demo/corpus/" + file));
    }
}
