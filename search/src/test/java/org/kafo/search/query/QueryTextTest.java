package org.kafo.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTextTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
        "expul                       => expul*",
        "expulsés libye              => expulsés libye*",
        "'expul  '                   => 'expul*  '",
        "\"migrants de retour\"      => \"migrants de retour\"",
        "« migrants de retour »      => '\" migrants de retour \"'",
        "“migrants de retour”        => \"migrants de retour\"",
        "tokten OU cigem             => tokten | cigem*",
        "tokten OR cigem             => tokten | cigem*",
        "tokten ET cigem             => tokten + cigem*",
        "ou bien                     => ou bien*",
        "tokten (cigem OU oim)       => tokten (cigem | oim*)",
        "libye -expulsés             => libye -expulsés",
        "expul*                      => expul*",
        "2013                        => 2013*",
        "aide ?                      => aide ?",
        "\"migrants de retour        => ' migrants de retour*'",
        "a \"b\" \"c                 => 'a \"b\"  c*'",
    })
    void prepares_what_people_type_for_the_parser(String typed, String prepared) {
        assertThat(QueryText.prepare(typed)).isEqualTo(prepared);
    }

    @ParameterizedTest(name = "[{0}] excludes: {1}")
    @CsvSource(delimiter = '|', value = {
        "libye -expulsés   | true",
        "-libye            | true",
        "(a -b)            | true",
        "Bamako-Sénou      | false",
        "\"a -b\"          | false",
        "a - b             | false",
    })
    void recognises_exclusions_outside_quotes(String prepared, boolean excludes) {
        assertThat(QueryText.hasExclusion(prepared.strip())).isEqualTo(excludes);
    }
}
