package org.kafo.search.expansion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a query may mean beyond its own words, applied at query time: the gazetteer's spellings of places and the
 * English and Spanish lexicons. Immutable and shared by every search; the portal swaps in a new one when its network
 * administrators change a place ({@link #withPlaces}).
 */
public final class QueryExpansions {

    private static final QueryExpansions DEFAULTS = new QueryExpansions(Gazetteer.bundled(),
            List.of(Lexicon.bundled("en"), Lexicon.bundled("es")));
    private static final QueryExpansions NONE = new QueryExpansions(Gazetteer.empty(), List.of());

    /**
     * What one typed word or phrase also looks for.
     *
     * @param kind a place in another spelling, or a translation
     * @param typed as typed
     * @param language the language of a translation ("en", "es"); {@code null} for a place
     * @param alternatives what is looked for besides the typed text (French words, other spellings)
     */
    public record Expansion(Kind kind, String typed, String language, List<String> alternatives) {
        public Expansion {
            alternatives = List.copyOf(alternatives);
        }
    }

    public enum Kind { PLACE, TRANSLATION }

    private final Gazetteer places;
    private final List<Lexicon> lexicons;
    private final int longestKey;

    private QueryExpansions(Gazetteer places, List<Lexicon> lexicons) {
        this.places = Objects.requireNonNull(places);
        this.lexicons = List.copyOf(lexicons);
        this.longestKey = Math.max(places.longestKey(), lexicons.stream().mapToInt(Lexicon::longestKey).max().orElse(1));
    }

    /** The bundled gazetteer and the English and Spanish lexicons. */
    public static QueryExpansions defaults() {
        return DEFAULTS;
    }

    /** No expansion at all: the words as typed. */
    public static QueryExpansions none() {
        return NONE;
    }

    /** The same lexicons with another gazetteer (the one the network administrators keep). */
    public QueryExpansions withPlaces(Gazetteer gazetteer) {
        return new QueryExpansions(gazetteer, lexicons);
    }

    public Gazetteer places() {
        return places;
    }

    public List<Lexicon> lexicons() {
        return lexicons;
    }

    /** The longest name or phrase, in words: a query is scanned for phrases up to that length. */
    public int longestKey() {
        return longestKey;
    }

    /**
     * What {@code typed} also means: a place's other names first, else a translation. A translation whose French is
     * the typed word itself ("migration", "transit") is no translation: French is searched as it is.
     *
     * @param sameInFrench whether two texts are the same once analyzed as French
     */
    public Optional<Expansion> expand(String typed, java.util.function.BiPredicate<String, String> sameInFrench) {
        Optional<Gazetteer.Place> place = places.find(typed);
        if (place.isPresent()) {
            List<String> others = new ArrayList<>();
            for (String name : place.get().allNames()) {
                if (!Keys.of(name).equals(Keys.of(typed))) {
                    others.add(name);
                }
            }
            return Optional.of(new Expansion(Kind.PLACE, typed, null, others));
        }
        for (Lexicon lexicon : lexicons) {
            Optional<Lexicon.Entry> entry = lexicon.find(typed);
            if (entry.isPresent()) {
                if (entry.get().french().stream().anyMatch(french -> sameInFrench.test(french, typed))) {
                    return Optional.empty();
                }
                return Optional.of(new Expansion(Kind.TRANSLATION, typed, lexicon.language(), entry.get().french()));
            }
        }
        return Optional.empty();
    }

    /** Whether a phrase of several words is a name or an entry (so that it is looked up whole, not word by word). */
    public boolean isPhraseKey(String typed) {
        if (Keys.words(Keys.of(typed)) < 2) {
            return false;
        }
        return places.find(typed).isPresent() || lexicons.stream().anyMatch(l -> l.find(typed).isPresent());
    }
}
