package org.kafo.search.expansion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The network's places with their spellings and transliterations ("Tinzawaten", "Tinzaouaten", "Tin-Zaouatine",
 * "Tin Zaouaten"): a query naming a place in one spelling also finds the others. Immutable; the portal builds one
 * from the places its network administrators keep, seeded from {@link #bundled()}.
 */
public final class Gazetteer {

    /** The bundled places, as data: {@code places.tsv} beside this class (kind, name, spellings). */
    public static final String RESOURCE = "places.tsv";

    private static final Gazetteer EMPTY = new Gazetteer(List.of());

    /**
     * One place.
     *
     * @param kind what the place is ("region", "city", "border post", "arrival point", "country" …), as the data says
     * @param name the name the network writes
     * @param spellings the other spellings, transliterations and names in other languages
     */
    public record Place(String kind, String name, List<String> spellings) {
        public Place {
            spellings = List.copyOf(spellings);
        }

        /** The name and every spelling, the name first, without repeats. */
        public List<String> allNames() {
            Set<String> names = new LinkedHashSet<>();
            names.add(name);
            names.addAll(spellings);
            return List.copyOf(names);
        }
    }

    private final List<Place> places;
    private final Map<String, Place> byKey = new HashMap<>();
    private final int longestKey;

    private Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
        int longest = 0;
        for (Place place : this.places) {
            for (String name : place.allNames()) {
                String key = Keys.of(name);
                if (!key.isEmpty()) {
                    byKey.putIfAbsent(key, place); // a spelling claimed twice keeps its first place
                    longest = Math.max(longest, Keys.words(key));
                }
            }
        }
        this.longestKey = longest;
    }

    public static Gazetteer of(Collection<Place> places) {
        return new Gazetteer(new ArrayList<>(places));
    }

    public static Gazetteer empty() {
        return EMPTY;
    }

    /** The places kept with this module ({@link #RESOURCE}). */
    public static Gazetteer bundled() {
        return of(read(Gazetteer.class.getResourceAsStream(RESOURCE)));
    }

    /** Reads the tab-separated data: kind, name, spellings separated by "|"; "#" starts a comment line. */
    public static List<Place> read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("missing gazetteer data " + RESOURCE);
        }
        List<Place> places = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length < 2) {
                    throw new IllegalStateException("a place needs a kind and a name: " + line);
                }
                List<String> spellings = new ArrayList<>();
                if (columns.length > 2) {
                    for (String spelling : columns[2].split("\\|")) {
                        if (!spelling.isBlank()) {
                            spellings.add(spelling.strip());
                        }
                    }
                }
                places.add(new Place(columns[0].strip(), columns[1].strip(), spellings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return places;
    }

    public List<Place> places() {
        return places;
    }

    /** The place one of whose names is {@code text} (spelling, accents and hyphens aside), if any has several names. */
    public Optional<Place> find(String text) {
        Place place = byKey.get(Keys.of(text));
        return place == null || place.allNames().size() < 2 ? Optional.empty() : Optional.of(place);
    }

    /** How many words the longest name has: a query is scanned for names up to that length. */
    int longestKey() {
        return longestKey;
    }
}
