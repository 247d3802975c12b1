package org.kafo.search.expansion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;

/**
 * Words of the network's domain in one other language with their French equivalents ("deportee" → "expulsé",
 * "refoulé"; "acogida" → "accueil"), so that a query in English or Spanish finds the French documents. Kept as data
 * ({@code lexicon-en.tsv}, {@code lexicon-es.tsv} beside this class, each with its source in its header); a word is
 * looked up folded and without its plural (and, in Spanish, its gender), so "deportees" finds "deportee".
 */
public final class Lexicon {

    private final String language;
    private final Map<String, Entry> entries = new HashMap<>();
    private final int longestKey;

    /**
     * One entry: the words of the other language (several forms of one word) and the French it means.
     *
     * @param words as written in the data, the first one is shown
     * @param french the French equivalents, each a word or a phrase
     */
    public record Entry(String language, List<String> words, List<String> french) {
        public Entry {
            words = List.copyOf(words);
            french = List.copyOf(french);
        }
    }

    private Lexicon(String language, List<Entry> list) {
        this.language = language;
        int longest = 0;
        for (Entry entry : list) {
            for (String word : entry.words()) {
                String key = key(word);
                Entry known = entries.get(key);
                if (known == null) {
                    entries.put(key, entry);
                } else { // two forms that fold to one key: one entry with both meanings
                    Set<String> french = new LinkedHashSet<>(known.french());
                    french.addAll(entry.french());
                    entries.put(key, new Entry(language, known.words(), new ArrayList<>(french)));
                }
                longest = Math.max(longest, Keys.words(key));
            }
        }
        this.longestKey = longest;
    }

    /** The lexicon bundled for {@code language} ("en" or "es"). */
    public static Lexicon bundled(String language) {
        String resource = "lexicon-" + language + ".tsv";
        return new Lexicon(language, read(language, Lexicon.class.getResourceAsStream(resource), resource));
    }

    public static Lexicon of(String language, List<Entry> entries) {
        return new Lexicon(language, entries);
    }

    public String language() {
        return language;
    }

    public int size() {
        return (int) entries.values().stream().distinct().count();
    }

    /** The entry of a typed word or phrase, if the lexicon has it. */
    public Optional<Entry> find(String text) {
        return Optional.ofNullable(entries.get(key(text)));
    }

    int longestKey() {
        return longestKey;
    }

    /** Folded, each word without its plural (English) or its plural and gender (Spanish). */
    String key(String text) {
        String folded = Keys.of(text);
        if (folded.isEmpty()) {
            return folded;
        }
        StringBuilder key = new StringBuilder();
        for (String word : folded.split(" ")) {
            char[] chars = word.toCharArray();
            int length = switch (language) {
                case "en" -> new EnglishMinimalStemmer().stem(chars, chars.length);
                case "es" -> new SpanishLightStemmer().stem(chars, chars.length);
                default -> chars.length;
            };
            key.append(key.length() == 0 ? "" : " ").append(chars, 0, length);
        }
        return key.toString();
    }

    private static List<Entry> read(String language, InputStream in, String resource) {
        if (in == null) {
            throw new IllegalStateException("missing lexicon " + resource);
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 2) {
                    throw new IllegalStateException(resource + ": not two tab-separated columns: " + line);
                }
                entries.add(new Entry(language, split(columns[0]), split(columns[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static List<String> split(String column) {
        List<String> values = new ArrayList<>();
        for (String value : column.split("\\|")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
