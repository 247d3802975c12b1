package org.kafo.search.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A body in paragraph-sized passages, numbered, covering the text: what the index ranks and the page anchors. */
class PassagesTest {

    @Test
    void paragraphsArePassagesShortOnesJoinedWithTheNext() {
        String body = "I. Historique\n\n" + "L'association a été créée le 6 octobre 1996. ".repeat(8) + "\n\n"
                + "II. Objectifs\n\n" + "Soutien humanitaire d'urgence aux expulsés. ".repeat(8);
        List<Passages.Passage> passages = Passages.split(body);
        assertThat(passages).hasSize(2);
        assertThat(passages.get(0).text()).startsWith("I. Historique\n\nL'association");
        assertThat(passages.get(1).text()).startsWith("II. Objectifs");
        assertThat(passages).extracting(Passages.Passage::number).containsExactly(0, 1);
        for (Passages.Passage p : passages) {
            assertThat(body.substring(p.start(), p.end())).isEqualTo(p.text());
        }
    }

    @Test
    void aPassageIsShownWithItsParagraphsOnSingleLinesNotDoubleSpaced() {
        String body = "I. Historique\n\nNotre association a été créée le 06 octobre 1996.\n \nII. Objectifs\n\n\n"
                + "Accueil des expulsés.\nÀ l'aéroport.";
        List<Passages.Passage> passages = Passages.split(body);
        assertThat(passages).hasSize(1);
        assertThat(passages.get(0).shown()).isEqualTo("I. Historique\nNotre association a été créée le 06 octobre 1996.\n"
                + "II. Objectifs\nAccueil des expulsés.\nÀ l'aéroport.");
    }

    @Test
    void aLongParagraphIsCutAtTheEndOfASentence() {
        String body = "Le convoi est arrivé à Gao dans la nuit. ".repeat(60); // one paragraph of 2,460 characters
        List<Passages.Passage> passages = Passages.split(body);
        assertThat(passages.size()).isGreaterThan(2);
        for (Passages.Passage p : passages) {
            assertThat(p.text().length()).isLessThanOrEqualTo(Passages.MAX_LENGTH + 60);
            assertThat(p.text()).endsWith("nuit.");
        }
    }

    @Test
    void textWithoutAnyFullStopIsStillCut() {
        List<Passages.Passage> passages = Passages.split("mot ".repeat(1000));
        assertThat(passages.size()).isGreaterThan(3);
        assertThat(passages).allMatch(p -> p.text().length() <= Passages.HARD_LENGTH);
    }

    @Test
    void aBlankBodyHasNoPassage() {
        assertThat(Passages.split("  \n\n ")).isEmpty();
        assertThat(Passages.split(null)).isEmpty();
        assertThat(Passages.split("Un mot.")).extracting(Passages.Passage::text).containsExactly("Un mot.");
    }
}
