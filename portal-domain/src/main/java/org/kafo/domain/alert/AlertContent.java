package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.DomainException.FieldError;

/**
 * What an alert says: who is coming, from where, how, when, to which arrival point, and what they need.
 * One version of it; the alert keeps its current content and each published one in its history.
 * Immutable once built: {@link #from} checks everything it can check without the database.
 */
@Embeddable
public class AlertContent {

    /** Arrival times further back or ahead than this are typing mistakes, not alerts. */
    static final Duration MAX_PAST = Duration.ofDays(30);
    static final Duration MAX_FUTURE = Duration.ofDays(366);
    static final int MAX_PEOPLE = 10_000;
    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_LONG_TEXT = 4_000;
    static final int MAX_TRANSIT = 10;
    private static final Pattern FLIGHT = Pattern.compile("[A-Z0-9]{2,3} ?[0-9]{1,4}[A-Z]?");

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertKind kind;

    @Column(name = "origin_country", nullable = false)
    private String originCountry;

    @Convert(converter = CountryCodes.class)
    @Column(name = "transit_countries", nullable = false)
    private List<String> transitCountries = List.of();

    @Column(name = "expelling_authority")
    private String expellingAuthority;

    private String airline;

    @Column(name = "flight_number")
    private String flightNumber;

    private String convoy;

    @Column(name = "expected_arrival", nullable = false)
    private Instant expectedArrival;

    @Column(name = "arrival_point", nullable = false)
    private String arrivalPoint;

    @Column(name = "people_count", nullable = false)
    private int peopleCount;

    private Integer men;
    private Integer women;
    private Integer minors;

    @Column(name = "unaccompanied_minors")
    private Integer unaccompaniedMinors;

    // Enum sets kept as their text column: EclipseLink 4 does not apply a converter to Set<enum>.
    @Column(nullable = false)
    private String vulnerabilities = "";

    @Column(nullable = false)
    private String needs = "";

    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Certainty certainty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    private String description;

    protected AlertContent() {
    }

    /** A copy, for the history: a revision keeps the content as it was. */
    AlertContent copy() {
        AlertContent c = new AlertContent();
        c.kind = kind;
        c.originCountry = originCountry;
        c.transitCountries = transitCountries;
        c.expellingAuthority = expellingAuthority;
        c.airline = airline;
        c.flightNumber = flightNumber;
        c.convoy = convoy;
        c.expectedArrival = expectedArrival;
        c.arrivalPoint = arrivalPoint;
        c.peopleCount = peopleCount;
        c.men = men;
        c.women = women;
        c.minors = minors;
        c.unaccompaniedMinors = unaccompaniedMinors;
        c.vulnerabilities = vulnerabilities;
        c.needs = needs;
        c.source = source;
        c.certainty = certainty;
        c.urgency = urgency;
        c.severity = severity;
        c.description = description;
        return c;
    }

    /**
     * The structured facts without the free text that may describe people (the description): what readers other than
     * the owner and the accepted receivers get, and what the search index gets.
     */
    public AlertContent withoutFreeText() {
        if (description == null) {
            return this;
        }
        AlertContent c = copy();
        c.description = null;
        return c;
    }

    /**
     * Checks what was typed, all fields at once, and builds the content; the arrival point's existence
     * is checked by the service (it needs the database). Every refusal names its field, in French.
     */
    public static AlertContent from(AlertInput in, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        AlertContent c = new AlertContent();
        c.kind = choice(AlertKind.class, in.kind(), "kind", "Choisissez le type de retour.", errors);
        c.originCountry = country(in.originCountry(), "originCountry", errors);
        c.transitCountries = transit(in.transitCountries(), errors);
        c.expellingAuthority = text(in.expellingAuthority(), "expellingAuthority", MAX_SHORT_TEXT, errors);
        c.airline = text(in.airline(), "airline", MAX_SHORT_TEXT, errors);
        c.flightNumber = flight(in.flightNumber(), errors);
        c.convoy = text(in.convoy(), "convoy", MAX_SHORT_TEXT, errors);
        c.expectedArrival = arrival(in.expectedArrival(), now, errors);
        c.arrivalPoint = in.arrivalPoint() == null || in.arrivalPoint().isBlank() ? null : in.arrivalPoint().trim();
        if (c.arrivalPoint == null) {
            errors.add(new FieldError("arrivalPoint", "Choisissez le point d'arrivée."));
        }
        counts(c, in, errors);
        c.vulnerabilities = EnumSetColumn.VULNERABILITIES.convertToDatabaseColumn(
                choices(Vulnerability.class, in.vulnerabilities(), "vulnerabilities", errors));
        c.needs = EnumSetColumn.ASSISTANCES.convertToDatabaseColumn(choices(Assistance.class, in.needs(), "needs", errors));
        c.source = text(in.source(), "source", MAX_SHORT_TEXT, errors);
        c.certainty = orUnknown(choice(Certainty.class, in.certainty(), "certainty", null, errors), Certainty.UNKNOWN);
        c.urgency = orUnknown(choice(Urgency.class, in.urgency(), "urgency", null, errors), Urgency.UNKNOWN);
        c.severity = orUnknown(choice(Severity.class, in.severity(), "severity", null, errors), Severity.UNKNOWN);
        c.description = text(in.description(), "description", MAX_LONG_TEXT, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return c;
    }

    private static void counts(AlertContent c, AlertInput in, List<FieldError> errors) {
        Integer total = in.peopleCount();
        if (total == null) {
            errors.add(new FieldError("peopleCount", "Indiquez le nombre de personnes attendues."));
        } else if (total < 1 || total > MAX_PEOPLE) {
            errors.add(new FieldError("peopleCount", "Le nombre de personnes doit être compris entre 1 et " + MAX_PEOPLE + "."));
        } else {
            c.peopleCount = total;
        }
        c.men = count(in.men(), "men", "hommes", errors);
        c.women = count(in.women(), "women", "femmes", errors);
        c.minors = count(in.minors(), "minors", "mineurs", errors);
        c.unaccompaniedMinors = count(in.unaccompaniedMinors(), "unaccompaniedMinors", "mineurs non accompagnés", errors);
        if (total == null || total < 1) {
            return;
        }
        int adults = zero(c.men) + zero(c.women);
        if (adults > total) {
            errors.add(new FieldError("women", "Hommes et femmes (" + adults + ") dépassent le nombre total de personnes (" + total + ")."));
        }
        if (c.minors != null && c.minors > total) {
            errors.add(new FieldError("minors", "Les mineurs (" + c.minors + ") dépassent le nombre total de personnes (" + total + ")."));
        }
        if (c.men != null && c.women != null && c.minors != null && c.men + c.women + c.minors > total) {
            errors.add(new FieldError("minors", "Hommes, femmes et mineurs (" + (c.men + c.women + c.minors)
                    + ") dépassent le nombre total de personnes (" + total + ")."));
        }
        if (c.unaccompaniedMinors != null) {
            int bound = c.minors != null ? c.minors : total;
            if (c.unaccompaniedMinors > bound) {
                errors.add(new FieldError("unaccompaniedMinors", "Les mineurs non accompagnés (" + c.unaccompaniedMinors
                        + ") dépassent " + (c.minors != null ? "le nombre de mineurs" : "le nombre total de personnes") + " (" + bound + ")."));
            }
        }
    }

    /** A count of people of one kind ({@code what}: "femmes"…), 0 to {@link #MAX_PEOPLE}; refused with its field named. */
    static Integer count(Integer value, String field, String what, List<FieldError> errors) {
        if (value != null && (value < 0 || value > MAX_PEOPLE)) {
            errors.add(new FieldError(field, "Le nombre de " + what + " doit être compris entre 0 et " + MAX_PEOPLE + "."));
            return null;
        }
        return value;
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }

    private static Instant arrival(Instant value, Instant now, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError("expectedArrival", "Indiquez la date et l'heure d'arrivée prévues (heure du Mali, UTC)."));
        } else if (value.isBefore(now.minus(MAX_PAST))) {
            errors.add(new FieldError("expectedArrival", "L'arrivée prévue est plus de 30 jours dans le passé : vérifiez la date."));
        } else if (value.isAfter(now.plus(MAX_FUTURE))) {
            errors.add(new FieldError("expectedArrival", "L'arrivée prévue est plus d'un an dans le futur : vérifiez la date."));
        }
        return value;
    }

    private static String country(String code, String field, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError(field, "Indiquez le pays d'où les personnes sont renvoyées."));
            return null;
        }
        try {
            return Countries.require(code, field);
        } catch (DomainException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static List<String> transit(List<String> codes, List<FieldError> errors) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        if (codes.size() > MAX_TRANSIT) {
            errors.add(new FieldError("transitCountries", "Pas plus de " + MAX_TRANSIT + " pays de transit."));
            return List.of();
        }
        List<String> known = new ArrayList<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            try {
                String upper = Countries.require(code, "transitCountries");
                if (!known.contains(upper)) {
                    known.add(upper);
                }
            } catch (DomainException e) {
                errors.addAll(e.errors());
            }
        }
        return List.copyOf(known);
    }

    private static String flight(String value, List<FieldError> errors) {
        String text = text(value, "flightNumber", 12, errors);
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (!FLIGHT.matcher(upper).matches()) {
            errors.add(new FieldError("flightNumber", "Numéro de vol non reconnu : « " + text + " » (par exemple AF 596 ou TU2244)."));
            return null;
        }
        return upper;
    }

    /** Trimmed text, {@code null} when blank; refused when longer than {@code max}. Never altered otherwise: pages escape it. */
    static String text(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            errors.add(new FieldError(field, "Texte trop long : " + max + " caractères au plus (" + trimmed.length() + " saisis)."));
            return null;
        }
        if (trimmed.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) {
            errors.add(new FieldError(field, "Le texte contient des caractères de contrôle."));
            return null;
        }
        return trimmed;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String missing, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (missing != null) {
                errors.add(new FieldError(field, missing));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Valeur inconnue : « " + value + " »."));
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values, String field, List<FieldError> errors) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            for (String v : values) {
                E e = choice(type, v, field, null, errors);
                if (e != null) {
                    set.add(e);
                }
            }
        }
        return Set.copyOf(set);
    }

    private static <E> E orUnknown(E value, E unknown) {
        return value == null ? unknown : value;
    }

    /** A one-line summary: "Expulsion par vol charter (Libye) — 120 personnes — vol 8U 650 — Aéroport …". */
    public String headline(String arrivalPointName) {
        return headline(kind, originCountry, peopleCount, flightNumber, arrivalPointName);
    }

    static String headline(AlertKind kind, String originCountry, int peopleCount, String flightNumber, String arrivalPointName) {
        StringBuilder h = new StringBuilder(kind.label()).append(" (").append(Countries.frenchName(originCountry)).append(')');
        h.append(" — ").append(peopleCount).append(peopleCount == 1 ? " personne" : " personnes");
        if (flightNumber != null) {
            h.append(" — vol ").append(flightNumber);
        }
        return h.append(" — ").append(arrivalPointName).toString();
    }

    public AlertKind kind() {
        return kind;
    }

    public String originCountry() {
        return originCountry;
    }

    public List<String> transitCountries() {
        return transitCountries;
    }

    public String expellingAuthority() {
        return expellingAuthority;
    }

    public String airline() {
        return airline;
    }

    public String flightNumber() {
        return flightNumber;
    }

    public String convoy() {
        return convoy;
    }

    public Instant expectedArrival() {
        return expectedArrival;
    }

    public String arrivalPoint() {
        return arrivalPoint;
    }

    public int peopleCount() {
        return peopleCount;
    }

    public Integer men() {
        return men;
    }

    public Integer women() {
        return women;
    }

    public Integer minors() {
        return minors;
    }

    public Integer unaccompaniedMinors() {
        return unaccompaniedMinors;
    }

    public Set<Vulnerability> vulnerabilities() {
        return EnumSetColumn.VULNERABILITIES.convertToEntityAttribute(vulnerabilities);
    }

    public Set<Assistance> needs() {
        return EnumSetColumn.ASSISTANCES.convertToEntityAttribute(needs);
    }

    public String source() {
        return source;
    }

    public Certainty certainty() {
        return certainty;
    }

    public Urgency urgency() {
        return urgency;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }
}
