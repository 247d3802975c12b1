package org.kafo.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kafo.domain.library.DuplicateDocumentException;

/**
 * A refusal is said from message keys, never from a text written in Java: so that each person reads it in their own
 * language. The refusal's API takes no text (a literal French sentence does not compile), and every key-like text of
 * the domain's sources is in the bundle (the keys a rule returns for a refusal made elsewhere, too).
 */
class RefusalsAreKeysTest {

    private static final Pattern KEY_LIKE = Pattern.compile("\"((?:check|file|alert|directory|proceedings|library|partner|membership|gazetteer|search|problem)(?:\\.[a-zA-Z]+)+)\"");
    /** Statements that name an audited action or a change, not a sentence: "alert.publish", "directory.service.add". */
    private static final Pattern ACTION = Pattern.compile("audit\\.write\\(|\\bchanged\\(|\\bwritten\\(");

    @Test
    void noRefusalCanBeMadeFromAText() {
        List<Executable> makers = new ArrayList<>();
        for (Class<?> type : List.of(DomainException.class, DomainException.FieldError.class, DuplicateDocumentException.class)) {
            makers.addAll(Arrays.asList(type.getDeclaredConstructors()));
            Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isStatic(m.getModifiers()))
                    .filter(m -> DomainException.class.isAssignableFrom(m.getReturnType())
                            || m.getReturnType() == DomainException.FieldError.class)
                    .forEach(makers::add);
        }
        assertThat(makers).hasSizeGreaterThan(8);
        for (Executable maker : makers) {
            if (Modifier.isPrivate(maker.getModifiers())) {
                continue;
            }
            List<Class<?>> parameters = Arrays.asList(maker.getParameterTypes());
            long texts = parameters.stream().filter(p -> p == String.class).count();
            boolean fromKeys = parameters.contains(Message.class) || parameters.contains(List.class)
                    || maker.getDeclaringClass() == DuplicateDocumentException.class;
            // one text at most: the name of the field that is wrong, beside the message that says why
            assertThat(fromKeys && texts <= 1).as(maker.toString()).isTrue();
        }
    }

    @Test
    void everyKeyTheDomainNamesIsInBothBundles() throws IOException {
        Properties french = load("messages.properties");
        Properties english = load("messages_en.properties");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String statement : Files.readString(source).split(";")) {
                    if (ACTION.matcher(statement).find()) {
                        continue;
                    }
                    Matcher key = KEY_LIKE.matcher(statement);
                    while (key.find()) {
                        named.add(key.group(1));
                    }
                }
            }
        }
        // the keys a rule returns rather than throws (AlertRule's "not now" refusals) are found too
        assertThat(named).hasSizeGreaterThan(300).contains("alert.refused.closeUnreported", "alert.refused.what.freeText");
        assertThat(named).allSatisfy(key -> {
            assertThat(french).as("French: " + key).containsKey(key);
            assertThat(english).as("English: " + key).containsKey(key);
        });
    }

    @Test
    void theKeysMadeFromAValuesNameExistForEveryValue() {
        Properties english = load("messages_en.properties");
        Set<String> made = new TreeSet<>();
        Arrays.stream(org.kafo.domain.alert.ClaimState.values()).forEach(s -> made.add("alert.claim.state." + s.name()));
        Arrays.stream(org.kafo.domain.files.FileFormat.values()).forEach(f -> made.add(f.named().key()));
        Arrays.stream(org.kafo.domain.directory.Taxonomy.values()).forEach(t -> made.add(t.named().key()));
        assertThat(made).allSatisfy(key -> assertThat(english).as(key).containsKey(key));
        assertThat(org.kafo.domain.files.FileFormat.TXT.named().text(java.util.Locale.ENGLISH)).isEqualTo("plain text (TXT)");
    }

    @Test
    void aRefusalFromARuleReadsInTheReadersLanguage() {
        DomainException refused = DomainException.forbidden(Message.of("alert.refused.receiversOnly",
                Message.of("alert.refused.what.arrival"), Message.of("alert.refused.instead.offer")));
        assertThat(refused.getMessage()).isEqualTo("Enregistrer l'arrivée est réservé à l'association qui a publié l'alerte et aux "
                + "associations dont elle a accepté l'offre de prise en charge : proposez de prendre l'accueil en charge, "
                + "l'association qui a publié l'alerte décidera.");
        assertThat(refused.text(java.util.Locale.ENGLISH)).startsWith("Recording the arrival is for the association that published");
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = RefusalsAreKeysTest.class.getResourceAsStream("/org/kafo/domain/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
