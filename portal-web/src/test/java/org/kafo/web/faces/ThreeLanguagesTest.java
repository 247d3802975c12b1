package org.kafo.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages speak French, English and Spanish completely: every key of the web's bundles ({@code messages}, the pages'
 * words, and {@code faces}, Faces' own messages) is in each language, none is empty, each says the same placeholders,
 * and a text read by {@code MessageFormat} (one with a placeholder) has no lone apostrophe that it would swallow. The
 * domain's bundle is checked likewise by portal-domain's {@code MessagesTest}.
 */
class ThreeLanguagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages", "faces"})
    void everyKeyIsSaidInEveryLanguageWithTheSamePlaceholders(String bundle) {
        Properties french = load(bundle + ".properties");
        assertThat(french).as("the French base bundle").isNotEmpty();
        assertThat(load(bundle + "_fr.properties")).as("%s_fr: empty, French is the base", bundle).isEmpty();
        List<String> problems = new ArrayList<>();
        for (String language : Language.SUPPORTED.subList(1, Language.SUPPORTED.size())) {
            Properties other = load(bundle + "_" + language + ".properties");
            Set<String> missing = new TreeSet<>(french.stringPropertyNames());
            missing.removeAll(other.stringPropertyNames());
            Set<String> extra = new TreeSet<>(other.stringPropertyNames());
            extra.removeAll(french.stringPropertyNames());
            missing.forEach(key -> problems.add(language + ": missing " + key));
            extra.forEach(key -> problems.add(language + ": not in French " + key));
            for (String key : other.stringPropertyNames()) {
                String text = other.getProperty(key);
                if (text.isBlank()) {
                    problems.add(language + ": empty " + key);
                } else if (french.containsKey(key) && !placeholders(text).equals(placeholders(french.getProperty(key)))) {
                    problems.add(language + ": placeholders " + key + " " + placeholders(text) + " ≠ " + placeholders(french.getProperty(key)));
                }
                if (!placeholders(text).isEmpty() && LONE_APOSTROPHE.matcher(text).find()) {
                    problems.add(language + ": a lone apostrophe in " + key + " (write '' where a placeholder is)");
                }
            }
        }
        assertThat(problems).as(bundle).isEmpty();
    }

    @Test
    void theFrenchPlaceholdersAreReadAsMessageFormatReadsThem() {
        Properties french = load("messages.properties");
        List<String> lone = french.stringPropertyNames().stream().sorted()
                .filter(key -> !placeholders(french.getProperty(key)).isEmpty())
                .filter(key -> LONE_APOSTROPHE.matcher(french.getProperty(key)).find()).toList();
        assertThat(lone).as("French texts with a placeholder and a lone apostrophe").isEmpty();
    }

    @Test
    void facesOffersEveryLanguageThePortalSpeaks() throws IOException {
        String config = Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"));
        Matcher m = Pattern.compile("<supported-locale>(\\w+)</supported-locale>").matcher(config);
        List<String> offered = new ArrayList<>();
        while (m.find()) {
            offered.add(m.group(1));
        }
        assertThat(offered).containsExactlyElementsOf(Language.SUPPORTED);
        assertThat(config).contains("<default-locale>fr</default-locale>");
        String template = Files.readString(Path.of("src/main/webapp/WEB-INF/templates/page.xhtml"));
        assertThat(Language.SUPPORTED).allSatisfy(language ->
                assertThat(template).as("the language switch").contains("lang=\"" + language + "\""));
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
        try (InputStream in = ThreeLanguagesTest.class.getResourceAsStream("/org/kafo/web/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
