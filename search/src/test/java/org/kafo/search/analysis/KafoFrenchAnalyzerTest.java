package org.kafo.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KafoFrenchAnalyzerTest {

    private static final Analyzer ANALYZER = new KafoFrenchAnalyzer();

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    static List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "expulsés, expulses",
        "expulsés, Expulsés",
        "expulsés, EXPULSÉS",
        "expulsés, expulsé",
        "expulsés, expulsée",
        "refoulés, refoules",
        "refoulés, refoulé",
        "migrants, migrant",
        "Libye, libye",
        "Libye, LIBYE",
        "aéroport, aeroport",
        "l'aéroport, aéroport",
        "l’aéroport, aéroport",
        "L'AÉROPORT, aeroport",
        "d'accueil, accueil",
        "réintégration, reintegration",
        "Sénou, senou",
        "Ségou, segou",
        "cœur, coeur",
    })
    void variants_people_type_give_the_same_token(String indexed, String typed) throws IOException {
        assertThat(tokens(typed)).hasSize(1).isEqualTo(tokens(indexed));
    }

    @Test
    void the_light_stemmer_reduces_plurals_and_participles_to_one_stem() throws IOException {
        assertThat(tokens("expulsés")).containsExactly("expuls");
        assertThat(tokens("migrants")).containsExactly("migrant");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OIM", "CIGEM", "PONAM", "TOKTEN", "AME", "HCR", "UNHCR", "ARACEM"})
    void acronyms_stay_whole_in_any_case(String acronym) throws IOException {
        String lower = acronym.toLowerCase();
        assertThat(tokens(acronym)).containsExactly(lower);
        assertThat(tokens(lower)).containsExactly(lower);
        assertThat(tokens("l'" + acronym)).containsExactly(lower);
    }

    @Test
    void acronyms_do_not_collide_with_each_other_or_common_words() throws IOException {
        List<String> words = List.of("OIM", "CIGEM", "PONAM", "TOKTEN", "AME", "HCR",
                "oie", "cigare", "ponant", "token", "amer", "aime", "ami", "hcl");
        List<String> all = new ArrayList<>();
        for (String word : words) {
            all.addAll(tokens(word));
        }
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void unhcr_is_protected_from_the_stemmer() throws IOException {
        // unprotected, the light stemmer would cut it to "unhc"
        assertThat(tokens("UNHCR")).containsExactly("unhcr");
    }

    @Test
    void stop_words_are_dropped_with_or_without_accents() throws IOException {
        assertThat(tokens("le retour des migrants à Bamako"))
                .hasSize(3)
                .isEqualTo(tokens("retour migrant bamako"));
        assertThat(tokens("étaient")).isEmpty();
        assertThat(tokens("etaient")).isEmpty();
    }

    @Test
    void hyphenated_places_and_numbers_are_split_into_words() throws IOException {
        assertThat(tokens("Bamako-Sénou 2013")).containsExactly("bamako", "senou", "2013");
    }

    @Test
    void protected_words_can_be_extended() throws IOException {
        // the stemmer reads "CNDER" as an infinitive and cuts it to "cnd", where "CND" is another body
        assertThat(tokens("CNDER")).containsExactly("cnd");
        try (Analyzer analyzer = new KafoFrenchAnalyzer(List.of("CNDER"))) {
            assertThat(analyze(analyzer, "CNDER")).containsExactly("cnder");
            assertThat(analyze(analyzer, "CND")).containsExactly("cnd");
        }
    }

    private static List<String> analyze(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
