package org.kafo.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kafo.search.analysis.KafoFrenchAnalyzer;

class UserQueryParserTest {

    private final UserQueryParser parser = new UserQueryParser(new KafoFrenchAnalyzer());

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   \t\n "})
    void an_empty_search_asks_for_a_word(String text) {
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("Saisissez au moins un mot à rechercher.");
    }

    @Test
    void a_search_over_500_characters_is_refused_in_french() {
        String fiveHundred = "expulsés ".repeat(55) + "libye";
        assertThat(fiveHundred).hasSize(500);
        assertThat(parser.parse(fiveHundred)).isNotNull();
        assertThatThrownBy(() -> parser.parse(fiveHundred + "s"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("trop longue")
                .hasMessageContaining("500 caractères");
    }

    @Test
    void the_limit_counts_characters_as_people_see_them() {
        String fiveHundredAccented = "é".repeat(500);
        assertThat(parser.parse(fiveHundredAccented)).isNotNull();
    }

    @Test
    void only_exclusions_is_refused_with_a_reason() {
        assertThatThrownBy(() -> parser.parse("-libye"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage(UserQueryParser.ONLY_EXCLUSIONS);
        assertThatThrownBy(() -> parser.parse("-libye -expulsés"))
                .hasMessage(UserQueryParser.ONLY_EXCLUSIONS);
    }

    @Test
    void only_stop_words_is_refused_with_a_reason() {
        assertThatThrownBy(() -> parser.parse("le la les de"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage(UserQueryParser.ONLY_COMMON_WORDS);
        assertThatThrownBy(() -> parser.parse("\"de la\""))
                .hasMessage(UserQueryParser.ONLY_COMMON_WORDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"", "\"\"", "\"migrants", "migrants\"", "(", ")", "((tokten", "tokten))", "(\"a)\"", "*", "**", "-",
        "--", "|", "+", "OU", "a OU", "OU a", "~", "migrant~2", "\\", "expulsés \\", "\"a\"~", "[a TO b]",
        "title:libye", "a AND", "{}", "^2", "l'", "’", "/regex/", "?", "!!", "&&", "😀 expulsés",
    })
    void odd_input_never_throws_a_parse_error(String text) {
        try {
            Query query = parser.parse(text);
            assertThat(query).isNotNull();
        } catch (InvalidQueryException expected) {
            assertThat(expected.getMessage()).isIn(
                    UserQueryParser.EMPTY, UserQueryParser.ONLY_COMMON_WORDS, UserQueryParser.ONLY_EXCLUSIONS);
        }
    }

    @Test
    void a_lone_quote_is_ignored_rather_than_refused() {
        assertThat(parser.parse("\"migrants de retour")).isEqualTo(parser.parse("migrants de retour"));
    }

    @Test
    void an_unbalanced_parenthesis_is_ignored_rather_than_refused() {
        assertThat(parser.parse("tokten (cigem")).isEqualTo(parser.parse("tokten cigem"));
        assertThat(parser.parse("tokten cigem)")).isEqualTo(parser.parse("tokten cigem"));
    }
}
