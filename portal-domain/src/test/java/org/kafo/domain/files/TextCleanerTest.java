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
    void aLineEndingOnAWordThatCannotEndASentenceIsJoinedToTheNextWhateverItsCase() {
        // the 2007 communication and the AME's 2008 presentation, as extracted
        assertThat(TextCleaner.clean("du pays.  L’Etat le veut ouvert à \ntous les secteurs d’activités. Des exemples types de "
                + "coopération technique impliquant les \nMaliens de l’Extérieur représentent le programme TOKTEN"))
                .isEqualTo("du pays. L’Etat le veut ouvert à tous les secteurs d’activités. Des exemples types de coopération technique "
                        + "impliquant les Maliens de l’Extérieur représentent le programme TOKTEN");
        assertThat(TextCleaner.clean("deux\u00a0expulsés\u00a0par\u00a0jour\u00a0venant\u00a0de\u00a0\nFrance.\u00a0Aucun\u00a0accueil"))
                .isEqualTo("deux expulsés par jour venant de France. Aucun accueil");
        // a list of acronyms keeps its lines
        assertThat(TextCleaner.clean("PNUD Programme des Nations Unies pour le Développement\nTALMALI Talents du Mali"))
                .isEqualTo("PNUD Programme des Nations Unies pour le Développement\nTALMALI Talents du Mali");
    }

    @Test
    void everyKindOfSpaceBecomesOneSpaceAndInvisibleCharactersGo() {
        // from the AME's 2008 presentation (no-break spaces between every word, as extracted), with what other PDFs hold:
        // a narrow no-break space before the colon, a soft hyphen inside a word and one at a line's end, a zero-width space
        String extracted = "Actuellement\u00A0au\u00A0Ba\u00ADmako, \u00A0on\u00A0note\u00A0l’arrivée\u202F: en\u2003moyenne "
                + "de\u200B deux\u00A0expulsés\u00A0po\u00AD\nur\u00A0un\uFEFF jour";
        assertThat(TextCleaner.clean(extracted)).isEqualTo("Actuellement au Bamako, on note l’arrivée : en moyenne de deux expulsés pour un jour");
    }

    @Test
    void lineEndsOfEverySystemBecomeOneLineBreakNotTwo() {
        assertThat(TextCleaner.clean("I. Historique\r\r\nNotre association a été créée le 06 octobre 1996.\r\n\r\nII. Actions\rAccueil."))
                .isEqualTo("I. Historique\nNotre association a été créée le 06 octobre 1996.\n\nII. Actions\nAccueil.");
    }

    @Test
    void aWordTheLayoutCutIntoPiecesIsWholeAgainWhenTheTextHoldsIt() throws IOException {
        // the 2007 communication on Malian migration, as extracted: three headings with a word cut by the layout
        String cleaned = TextCleaner.clean(corpus("2007-08-29-communication-gestion-migration-malienne.txt"));
        assertThat(cleaned).contains("5.1 L’Appui financier direct et l’appui au développement local",
                "5.2 Le retour temporaire (projets de coopération technique)",
                "5.3 Le retour à long terme (projets individuels pour la réalisation de soi-même)");
        assertThat(cleaned).doesNotContain("développ ement", "te chnique", "pou r ");
    }

    @Test
    void wordsThatMakeAnotherWordTogetherStayApart() {
        String text = "Il faut devenir acteur du développement. Il a décidé de venir à Bamako. Le Mali fait du sur place. "
                + "Bamako accueille. Le pays a surtout besoin de paix ; sur tout le territoire.";
        assertThat(TextCleaner.clean(text)).isEqualTo(text);
        assertThat(TextCleaner.clean("Arrivée à Ba mako le soir. Bamako dort.")).isEqualTo("Arrivée à Bamako le soir. Bamako dort.");
        assertThat(TextCleaner.clean("Arrivée à Ba ma ko le soir. Bamako dort.")).isEqualTo("Arrivée à Bamako le soir. Bamako dort.");
        assertThat(TextCleaner.clean("l’a ccueil, l’accueil")).as("an apostrophe holds the piece to its word").isEqualTo("l’a ccueil, l’accueil");
    }

    @Test
    void cleaningCleanTextChangesNothing() throws IOException {
        for (String file : new String[] {"2008-ame-notre-histoire-nos-actions.txt", "2014-03-18-ame-observations-rapport-mali-cmw.txt",
                "2007-08-29-communication-gestion-migration-malienne.txt", "2017-mme-realisations-le-mali-d-abord.txt"}) {
            String once = TextCleaner.clean(corpus(file));
            assertThat(TextCleaner.clean(once)).isEqualTo(once);
            assertThat(once).doesNotContain("\u00A0", "\u202F", "\u00AD", "\u200B", "\r", "  ", "\n\n\n");
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
