package org.kafo.domain.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kafo.domain.shared.DomainException.FieldError;

/**
 * The one checker of raw input (a form, the API, an imported file): every wrong field is collected, named (nested
 * records as {@code contacts[0].name}) and said from a key of the domain's bundle ({@link Message}), so a form on a
 * phone is corrected in one go; {@link #throwIfAny()} then refuses the whole change, which changes nothing.
 *
 * <p>Each value is read by a method named for its kind ({@link #line}, {@link #text}, {@link #date}, {@link #email}
 * …) and ended by {@code required()} or {@code optional()}: blank is "not given", what cannot be read is an error on
 * its field, and a required value that was not given is one too. A label is a key of the bundle ("{@code
 * directory.field.name}" → "Le nom"), so that every sentence the checker says can be said in another language.
 *
 * <pre>{@code
 * Checks checks = Checks.start();
 * String name = checks.line("name", "directory.field.name", draft.name()).max(200).required();
 * String email = checks.email("email", "directory.field.email", draft.email()).optional();
 * checks.throwIfAny();
 * }</pre>
 */
public final class Checks {

    /** International or local numbers: digits, spaces, dots, dashes, parentheses, an optional leading +, six digits at least. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{5,24}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(Locale.getISOCountries());

    private final String prefix;
    private final Message record;
    private final List<FieldError> errors;

    private Checks(String prefix, Message record, List<FieldError> errors) {
        this.prefix = prefix;
        this.record = record;
        this.errors = errors;
    }

    /** A new check, with no error yet. */
    public static Checks start() {
        return new Checks("", null, new ArrayList<>());
    }

    /** The checks of a record inside this one: its fields are named {@code prefix.field}; errors are shared. */
    public Checks nested(String nestedPrefix) {
        return new Checks(prefix + nestedPrefix + ".", record, errors);
    }

    /** As {@link #nested(String)}, each message said of the record ({@code "Contact n° 1 : …"}). */
    public Checks nested(String nestedPrefix, Message nestedRecord) {
        return new Checks(prefix + nestedPrefix + ".", within(nestedRecord), errors);
    }

    /** The same fields, each message said of the record ({@code "Fiche de « AME » : …"}). */
    public Checks about(Message aboutRecord) {
        return new Checks(prefix, within(aboutRecord), errors);
    }

    private Message within(Message inner) {
        return record == null ? inner : Message.of("check.inNested", record, inner);
    }

    // ---- the values -------------------------------------------------------------------------------------------

    /** A text on one line (a name, a title): trimmed, every run of white space or control characters one space. */
    public Text line(String field, String label, String value) {
        String clean = value == null ? null : value.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        return new Text(field, label, clean, false);
    }

    /** A free text that may hold lines (a description, notes): trimmed; other control characters are refused. */
    public Text text(String field, String label, String value) {
        String clean = value == null ? null : value.strip();
        boolean control = clean != null && clean.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t');
        return new Text(field, label, clean, control);
    }

    /** A date typed as {@code 2025-12-10}. */
    public Value<LocalDate> date(String field, String label, String value) {
        return parse(field, label, value, LocalDate::parse, "check.date.invalid");
    }

    /** A time typed as {@code 09:30} (or {@code 9:30}). */
    public Value<LocalTime> time(String field, String label, String value) {
        return parse(field, label, value, t -> LocalTime.parse(t.length() == 4 ? "0" + t : t), "check.time.invalid");
    }

    /** An e-mail address, normalised ({@link EmailAddress}: trimmed, lower case). */
    public Value<String> email(String field, String label, String value) {
        return parse(field, label, value, typed -> {
            String address = EmailAddress.normalise(typed);
            if (address == null) {
                throw new IllegalArgumentException(typed);
            }
            return address;
        }, "check.email.invalid");
    }

    /** A phone number as people write it (digits, spaces, dots, dashes, parentheses, a leading +), six digits at least. */
    public Value<String> phone(String field, String label, String value) {
        return parse(field, label, value, typed -> {
            if (typed.length() > 40 || !PHONE.matcher(typed).matches() || typed.chars().filter(Character::isDigit).count() < 6) {
                throw new IllegalArgumentException(typed);
            }
            return typed;
        }, "check.phone.invalid");
    }

    /** A web address: http or https, with a host, {@code max} characters at most. */
    public Value<String> url(String field, String label, String value, int max) {
        return parse(field, label, value, typed -> {
            try {
                URI uri = new URI(typed);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (typed.length() <= max && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return typed;
                }
            } catch (URISyntaxException e) {
                // refused below
            }
            throw new IllegalArgumentException(typed);
        }, "check.url.invalid");
    }

    /** A country of ISO 3166-1 alpha-2, upper-cased. */
    public Value<String> country(String field, String label, String value) {
        return parse(field, label, value, typed -> {
            String upper = typed.toUpperCase(Locale.ROOT);
            if (!isCountry(upper)) {
                throw new IllegalArgumentException(typed);
            }
            return upper;
        }, "check.country.invalid");
    }

    /** A language as an ISO 639-1 or 639-3 code the JDK can name ("fr", "bm", "snk"), lower case. */
    public Value<String> language(String field, String label, String value) {
        return parse(field, label, value, typed -> {
            String code = typed.toLowerCase(Locale.ROOT);
            if (!isLanguage(code)) {
                throw new IllegalArgumentException(typed);
            }
            return code;
        }, "check.language.invalid");
    }

    /** One of an enumeration's constants, named in any case, with {@code -} or a space for {@code _}. */
    public <E extends Enum<E>> Value<E> choice(Class<E> type, String field, String label, String value) {
        return choice(type, field, label, value, "check.choice.invalid");
    }

    /**
     * As {@link #choice(Class, String, String, String)}, an unknown name said in the feature's words: {@code invalidKey}
     * takes the label, what was typed and the constants' names.
     */
    public <E extends Enum<E>> Value<E> choice(Class<E> type, String field, String label, String value, String invalidKey) {
        String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return parse(field, label, value, typed -> Enum.valueOf(type, typed.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')),
                invalidKey, names);
    }

    /** One of a list's codes, found by {@code lookup}. */
    public <T> Value<T> choice(String field, String label, String value, Function<String, Optional<T>> lookup) {
        return parse(field, label, value, typed -> lookup.apply(typed).orElseThrow(() -> new IllegalArgumentException(typed)),
                "check.choice.invalid");
    }

    /** An id typed as text. */
    public Value<UUID> id(String field, String label, String value) {
        return parse(field, label, value, UUID::fromString, "check.id.invalid");
    }

    /** A whole number between {@code min} and {@code max}, as an API or a form already read it. */
    public Value<Integer> number(String field, String label, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            error(field, Message.of("check.number.range", Message.of(label), min, max));
            return new Value<>(field, label, null, false, true);
        }
        return new Value<>(field, label, value, value == null, false);
    }

    /** Runs a check that throws (a feature's own parsing); its errors join these, and the value is null. */
    public <T> T collect(Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            if (e.errors().isEmpty()) {
                errors.add(new FieldError(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), e.message()));
            } else {
                e.errors().forEach(f -> errors.add(new FieldError(prefix + f.field(), f.reason())));
            }
            return null;
        }
    }

    // ---- errors -------------------------------------------------------------------------------------------------

    /** A field is wrong, for the reason given. */
    public void error(String field, Message reason) {
        String name = field.isEmpty() && prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix + field;
        errors.add(FieldError.of(name, record == null ? reason : Message.of("check.inRecord", record, reason)));
    }

    public void error(String field, String key, Object... args) {
        error(field, Message.of(key, args));
    }

    /** A rule of the feature: when {@code holds} is false, the field is wrong for the reason given. Returns {@code holds}. */
    public boolean check(boolean holds, String field, String key, Object... args) {
        if (!holds) {
            error(field, key, args);
        }
        return holds;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Refuses the whole change when any field was wrong. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(List.copyOf(errors));
        }
    }

    /** A code of ISO 3166-1 alpha-2, in upper case. */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** A language code the JDK can name ("fr", "bm", "snk"…). */
    public static boolean isLanguage(String code) {
        return code != null && LANGUAGE.matcher(code).matches()
                && !Locale.forLanguageTag(code).getDisplayLanguage(Locale.FRENCH).equalsIgnoreCase(code);
    }

    /** The French name of a language code ("bm" → "bambara"). */
    public static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.FRENCH);
        return name.isEmpty() ? code : name;
    }

    private <T> Value<T> parse(String field, String label, String value, Function<String, T> read, String invalidKey, Object... more) {
        String typed = value == null ? null : value.strip();
        if (typed == null || typed.isEmpty()) {
            return new Value<>(field, label, null, true, false);
        }
        try {
            return new Value<>(field, label, read.apply(typed), false, false);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            List<Object> args = new ArrayList<>(List.of(Message.of(label), shorten(typed)));
            args.addAll(Arrays.asList(more));
            error(field, new Message(invalidKey, args));
            return new Value<>(field, label, null, false, true);
        }
    }

    private static String shorten(String typed) {
        return typed.length() > 60 ? typed.substring(0, 60) + "…" : typed;
    }

    /** A value read: {@code required()} or {@code optional()} ends its check. */
    public final class Value<T> {

        private final String field;
        private final String label;
        private final T value;
        private final boolean absent;
        private final boolean refused;

        private Value(String field, String label, T value, boolean absent, boolean refused) {
            this.field = field;
            this.label = label;
            this.value = value;
            this.absent = absent;
            this.refused = refused;
        }

        /** The value, or {@code null} when not given or refused. */
        public T optional() {
            return value;
        }

        /** The value, or {@code fallback} when not given ({@code null} when refused). */
        public T orElse(T fallback) {
            return absent ? fallback : value;
        }

        /** The value; when not given, the field is wrong: "« label » est obligatoire." */
        public T required() {
            return required(Message.of("check.required", Message.of(label)));
        }

        /** The value; when not given, the field is wrong for the reason given (the feature's own words). */
        public T required(String key, Object... args) {
            return required(Message.of(key, args));
        }

        private T required(Message missing) {
            if (absent && !refused) {
                error(field, missing);
            }
            return value;
        }
    }

    /** A text read: its bounds ({@link #min}, {@link #max}), then {@code required()} or {@code optional()}. */
    public final class Text {

        private final String field;
        private final String label;
        private final String value;
        private final boolean control;
        private int min = 1;
        private int max = Integer.MAX_VALUE;

        private Text(String field, String label, String value, boolean control) {
            this.field = field;
            this.label = label;
            this.value = value == null || value.isEmpty() ? null : value;
            this.control = control;
        }

        /** At least {@code characters} when given (a shorter text counts as not given by {@link #required()}). */
        public Text min(int characters) {
            this.min = characters;
            return this;
        }

        public Text max(int characters) {
            this.max = characters;
            return this;
        }

        /** The text, or {@code null} when blank or refused (too long, control characters). */
        public String optional() {
            if (value == null) {
                return null;
            }
            if (value.length() > max) {
                error(field, Message.of("check.tooLong", Message.of(label), max, value.length()));
                return null;
            }
            if (control) {
                error(field, Message.of("check.control", Message.of(label)));
                return null;
            }
            return value;
        }

        /** The text; when blank (or shorter than {@link #min}): "« label » est obligatoire." */
        public String required() {
            return required(min > 1 ? Message.of("check.requiredMin", Message.of(label), min) : Message.of("check.required", Message.of(label)));
        }

        /** The text; when blank (or shorter than {@link #min}), the field is wrong for the reason given. */
        public String required(String key, Object... args) {
            return required(Message.of(key, args));
        }

        private String required(Message missing) {
            if (value == null || value.length() < min) {
                error(field, missing);
                return null;
            }
            return optional();
        }
    }
}
