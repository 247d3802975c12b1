package org.kafo.search.expansion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The data behind the expansions: large enough, sourced, and looked up as people type. */
class ExpansionDataTest {

    @Test
    void eachLexiconHasAboutThreeHundredEntriesAndSaysItsSource() throws IOException {
        for (String language : new String[] {"en", "es"}) {
            assertThat(Lexicon.bundled(language).size()).as(language).isGreaterThanOrEqualTo(300);
            try (InputStream in = Lexicon.class.getResourceAsStream("lexicon-" + language + ".tsv")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("Source:");
            }
        }
    }

    @Test
    void wordsAreFoundWhateverTheirPluralGenderAccentsOrCase() {
        Lexicon english = Lexicon.bundled("en");
        assertThat(english.find("Deportees")).hasValueSatisfying(e -> assertThat(e.french()).contains("expulsé"));
        assertThat(english.find("legal aid")).hasValueSatisfying(e -> assertThat(e.french()).contains("assistance juridique"));
        Lexicon spanish = Lexicon.bundled("es");
        assertThat(spanish.find("expulsadas")).hasValueSatisfying(e -> assertThat(e.french()).contains("expulsé"));
        assertThat(spanish.find("ACOGIDA")).hasValueSatisfying(e -> assertThat(e.french()).contains("accueil"));
    }

    @Test
    void aPlaceIsFoundInAnyOfItsSpellings() {
        Gazetteer places = Gazetteer.bundled();
        for (String spelling : new String[] {"Tinzaouaten", "tin-zaouatine", "TIN ZAOUATEN", "Tinzawaten"}) {
            assertThat(places.find(spelling)).as(spelling).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Tinzawaten"));
        }
        assertThat(places.find("Timbuktu")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Tombouctou"));
        assertThat(places.find("Senou")).hasValueSatisfying(p -> assertThat(p.allNames()).contains("Sénou"));
        assertThat(places.find("Aguel'hoc")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Aguelhok"));
        assertThat(places.find("l'aéroport de Bamako")).isPresent(); // an elided article does not hide the name
        assertThat(places.find("Atlantide")).isEmpty();
    }

    @Test
    void questionWordsAreOptionalAndForeignFunctionWordsDroppedButNotFrenchWords() {
        assertThat(FunctionWords.isQuestionWord("Combien")).isTrue();
        assertThat(FunctionWords.isForeign("the")).isTrue();
        assertThat(FunctionWords.isForeign("cuántos")).isTrue();
        assertThat(FunctionWords.isForeign("entre")).isFalse();
        assertThat(FunctionWords.isForeign("expulsés")).isFalse();
    }
}
