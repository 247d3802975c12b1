package org.kafo.domain.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence of the domain's message bundle ({@code org/kafo/domain/i18n/messages.properties}, French; {@code _en}
 * English): a key and its arguments, put into words in the reader's language only when shown. {@code {0}}, {@code {1}}…
 * in the bundle's text stand for the arguments as text (an argument that is itself a {@code Message} is put into words
 * in the same language). Nothing else is interpreted: apostrophes are written as in French, numbers as the domain
 * gives them (no {@code MessageFormat}, whose quoting and number grouping would change the texts people know).
 *
 * <p>A refusal is made of keys ({@link DomainException#invalid(String, Message)}, {@link Checks}); its French text is
 * still its {@code getMessage()}.
 */
public record Message(String key, List<Object> args) implements Serializable {

    /** The bundle's base name; the base file is French. */
    public static final String BUNDLE = "org.kafo.domain.i18n.messages";

    /** The language of {@code getMessage()}, of logs and of anything said before a language is chosen. */
    public static final Locale FRENCH = Locale.FRENCH;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        // arguments may be null (what was typed, absent): kept as given, shown as "null" would not help, so as ""
        args = Collections.unmodifiableList(new ArrayList<>(args == null ? List.of() : args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, args == null ? List.of() : Arrays.asList(args));
    }

    /** The text in French, as {@code getMessage()} gives it. */
    public String french() {
        return text(FRENCH);
    }

    /** The text in {@code locale}'s language, French where the bundle has no translation of the key. */
    public String text(Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + key + " in " + BUNDLE, e);
        }
        StringBuilder text = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                text.append(n < args.size() ? argument(args.get(n), locale) : "");
                i = close;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static String argument(Object value, Locale locale) {
        if (value instanceof Message m) {
            return m.text(locale);
        }
        return value == null ? "" : String.valueOf(value);
    }

    @Override
    public String toString() {
        return french();
    }
}
