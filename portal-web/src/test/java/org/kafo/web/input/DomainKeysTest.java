package org.kafo.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.Message;

/** What the web says from the domain's bundle (ids, typed values, bodies, its own refusals, search's) is in it. */
class DomainKeysTest {

    private static final Pattern KEY = Pattern.compile("Message\\.of\\(\"([\\w.]+)\"");
    /** The titles of the API's problems, said from keys too ({@code Problem.said}, {@code Problem.from}). */
    private static final Pattern TITLE_KEY = Pattern.compile("\"(problem\\.title\\.[A-Za-z]+)\"");
    /** Search says why a query cannot run by a key the web puts into words ({@code Searches}). */
    private static final Pattern QUERY_KEY = Pattern.compile("new InvalidQueryException\\(\"([\\w.]+)\"");

    @Test
    void everyKeyTheWebSaysIsInTheDomainsBundle() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                for (Pattern key : List.of(KEY, TITLE_KEY)) {
                    Matcher m = key.matcher(text);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("../search/src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = QUERY_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).contains("check.id.notFound", "check.body.missing", "check.number.invalid", "search.query.empty",
                "membership.invite.missing", "file.missing.deposit", "problem.title.tooManyStreams", "problem.unauthorized");
        ResourceBundle french = ResourceBundle.getBundle(Message.BUNDLE, Locale.FRENCH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(keys).allSatisfy(key -> assertThat(french.containsKey(key)).as(key).isTrue());
    }
}
