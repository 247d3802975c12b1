package org.kafo.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain's bundle says every sentence a refusal uses, in French, English and Spanish, with the same arguments. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
    private static final Set<String> SECTIONS = Set.of("check", "file", "alert", "directory", "proceedings", "library", "partner",
            "membership", "gazetteer", "search", "problem");
    /** What marks a statement that says a refusal from a key: the checker, a message, a refusal. */
    private static final Pattern SAYS = Pattern.compile("checks\\.|fields\\.|\\bf\\.|location\\.|\\.required\\(|\\.check\\(|\\.error\\(|Message\\.of\\(|\\bread\\(");

    @Test
    void everyKeyIsSaidInFrenchEnglishAndSpanishWithTheSameArguments() {
        Properties french = load("messages.properties");
        assertThat(french).as("French keys").hasSizeGreaterThan(200);
        for (String language : List.of("en", "es")) {
            Properties other = load("messages_" + language + ".properties");
            assertThat(other.stringPropertyNames()).as(language + " keys").isEqualTo(french.stringPropertyNames());
            for (String key : french.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as(language + " " + key).isNotBlank();
                assertThat(placeholders(other.getProperty(key))).as(language + " " + key)
                        .isEqualTo(placeholders(french.getProperty(key)));
            }
        }
    }

    @Test
    void everyKeyTheDomainSaysIsInTheBundle() throws IOException {
        Properties french = load("messages.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String statement : Files.readString(source).split(";")) {
                    if (!SAYS.matcher(statement).find()) {
                        continue;
                    }
                    Matcher literal = LITERAL.matcher(statement);
                    while (literal.find()) {
                        String key = literal.group(1);
                        if (SECTIONS.contains(key.substring(0, key.indexOf('.')))) {
                            used.add(key);
                        }
                    }
                }
            }
        }
        assertThat(used).as("keys found in the sources").hasSizeGreaterThan(150);
        assertThat(used).allSatisfy(key -> assertThat(french).as(key).containsKey(key));
    }

    @Test
    void aMessageIsSaidInTheReadersLanguageAndFrenchWhatever() {
        Locale before = Locale.getDefault();
        try {
            // a server whose default is English still says getMessage() in French
            Locale.setDefault(Locale.ENGLISH);
            Message message = Message.of("check.required", Message.of("directory.field.name"));
            assertThat(message.french()).isEqualTo("Le nom est obligatoire.");
            assertThat(message.text(Locale.ENGLISH)).isEqualTo("The name is required.");
            assertThat(message.text(Locale.forLanguageTag("es"))).isEqualTo("El nombre: dato obligatorio.");
            assertThat(message.text(Locale.forLanguageTag("es-ES"))).as("Spain's Spanish").isEqualTo("El nombre: dato obligatorio.");
            assertThat(message.text(Locale.GERMAN)).as("a language without a bundle: French").isEqualTo("Le nom est obligatoire.");
            assertThat(Message.of("check.number.range", Message.of("alert.field.peopleCount"), 1, 10000).french())
                    .as("numbers as given, apostrophes as typed").isEqualTo("Le nombre de personnes doit être compris entre 1 et 10000.");
            assertThat(Message.of("directory.name.taken", "Caritas Mali").french()).isEqualTo("Une autre fiche porte déjà le nom « Caritas Mali ».");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aRefusalCarriesItsKeyAndArgumentsAndStillSaysFrench() {
        DomainException refused = DomainException.invalid("name", Message.of("directory.name.taken", "AME"));
        assertThat(refused.getMessage()).isEqualTo("Une autre fiche porte déjà le nom « AME ».");
        assertThat(refused.message().key()).isEqualTo("directory.name.taken");
        assertThat(refused.message().args()).containsExactly("AME");
        assertThat(refused.text(Locale.ENGLISH)).isEqualTo("Another entry already has the name \"AME\".");
        assertThat(refused.errors().get(0).text(Locale.ENGLISH)).isEqualTo("Another entry already has the name \"AME\".");
        assertThat(refused.text(Locale.forLanguageTag("es"))).isEqualTo("Otra ficha ya lleva el nombre «AME».");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/kafo/domain/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
