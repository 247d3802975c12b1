package org.kafo.web.it.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A settings file of the release ({@code etc/kafo.env.example}, {@code etc/keycloak.env.example}) filled in as an
 * operator fills it: the example's lines, each value replaced when given, the commented ones left out, others added.
 */
final class Settings {

    private Settings() {
    }

    static Map<String, String> fill(Path example, Map<String, String> values) {
        Map<String, String> result = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(example)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String name = line.substring(0, line.indexOf('='));
                result.put(name, values.getOrDefault(name, line.substring(line.indexOf('=') + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        result.putAll(values);
        result.values().removeIf(v -> v == null);
        return result;
    }

    static void write(Path file, Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
