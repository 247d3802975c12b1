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
import org.kafo.domain.shared.Checks;

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
    /** The longest name, airline, convoy or source a form takes (its inputs say so before submitting). */
    public static final int MAX_SHORT_TEXT = 200;
    /** The longest description (the form counts the characters left as one types). */
    public static final int MAX_LONG_TEXT = 4_000;
    public static final int MAX_TRANSIT = 10;
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
     * is checked by the service (it needs the database). Every refusal names its field.
     */
    public static AlertContent from(AlertInput in, Instant now) {
        Checks checks = Checks.start();
        AlertContent c = new AlertContent();
        c.kind = checks.choice(AlertKind.class, "kind", "alert.field.kind", in.kind()).required("alert.kind.missing");
        c.originCountry = checks.country("originCountry", "alert.field.originCountry", in.originCountry())
                .required("alert.originCountry.missing");
        c.transitCountries = transit(in.transitCountries(), checks);
        c.expellingAuthority = checks.text("expellingAuthority", "alert.field.expellingAuthority", in.expellingAuthority())
                .max(MAX_SHORT_TEXT).optional();
        c.airline = checks.text("airline", "alert.field.airline", in.airline()).max(MAX_SHORT_TEXT).optional();
        c.flightNumber = flight(in.flightNumber(), checks);
        c.convoy = checks.text("convoy", "alert.field.convoy", in.convoy()).max(MAX_SHORT_TEXT).optional();
        c.expectedArrival = arrival(in.expectedArrival(), now, checks);
        c.arrivalPoint = checks.line("arrivalPoint", "alert.field.arrivalPoint", in.arrivalPoint()).required("alert.arrivalPoint.missing");
        counts(c, in, checks);
        c.vulnerabilities = EnumSetColumn.VULNERABILITIES.convertToDatabaseColumn(
                choices(Vulnerability.class, in.vulnerabilities(), "vulnerabilities", "alert.field.vulnerabilities", checks));
        c.needs = EnumSetColumn.ASSISTANCES.convertToDatabaseColumn(choices(Assistance.class, in.needs(), "needs", "alert.field.needs", checks));
        c.source = checks.text("source", "alert.field.source", in.source()).max(MAX_SHORT_TEXT).optional();
        c.certainty = checks.choice(Certainty.class, "certainty", "alert.field.certainty", in.certainty()).orElse(Certainty.UNKNOWN);
        c.urgency = checks.choice(Urgency.class, "urgency", "alert.field.urgency", in.urgency()).orElse(Urgency.UNKNOWN);
        c.severity = checks.choice(Severity.class, "severity", "alert.field.severity", in.severity()).orElse(Severity.UNKNOWN);
        c.description = checks.text("description", "alert.field.description", in.description()).max(MAX_LONG_TEXT).optional();
        checks.throwIfAny();
        return c;
    }

    private static void counts(AlertContent c, AlertInput in, Checks checks) {
        Integer total = checks.number("peopleCount", "alert.field.peopleCount", in.peopleCount(), 1, MAX_PEOPLE)
                .required("alert.peopleCount.missing");
        if (total != null) {
            c.peopleCount = total;
        }
        c.men = count(in.men(), "men", "alert.field.men", checks);
        c.women = count(in.women(), "women", "alert.field.women", checks);
        c.minors = count(in.minors(), "minors", "alert.field.minors", checks);
        c.unaccompaniedMinors = count(in.unaccompaniedMinors(), "unaccompaniedMinors", "alert.field.unaccompaniedMinors", checks);
        if (in.peopleCount() == null || in.peopleCount() < 1) {
            return;
        }
        int people = in.peopleCount();
        int adults = zero(c.men) + zero(c.women);
        checks.check(adults <= people, "women", "alert.count.adultsOverTotal", adults, people);
        checks.check(c.minors == null || c.minors <= people, "minors", "alert.count.minorsOverTotal", c.minors, people);
        if (c.men != null && c.women != null && c.minors != null) {
            checks.check(c.men + c.women + c.minors <= people, "minors", "alert.count.everyoneOverTotal", c.men + c.women + c.minors, people);
        }
        if (c.unaccompaniedMinors != null) {
            int bound = c.minors != null ? c.minors : people;
            checks.check(c.unaccompaniedMinors <= bound, "unaccompaniedMinors", c.minors != null
                    ? "alert.count.unaccompaniedOverMinors" : "alert.count.unaccompaniedOverTotal", c.unaccompaniedMinors, bound);
        }
    }

    /** A count of people of one kind ({@code label}: "Le nombre de femmes"…), 0 to {@link #MAX_PEOPLE}; refused with its field named. */
    static Integer count(Integer value, String field, String label, Checks checks) {
        return checks.number(field, label, value, 0, MAX_PEOPLE).optional();
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }

    private static Instant arrival(Instant value, Instant now, Checks checks) {
        if (checks.check(value != null, "expectedArrival", "alert.expectedArrival.missing")) {
            if (checks.check(!value.isBefore(now.minus(MAX_PAST)), "expectedArrival", "alert.expectedArrival.past")) {
                checks.check(!value.isAfter(now.plus(MAX_FUTURE)), "expectedArrival", "alert.expectedArrival.future");
            }
        }
        return value;
    }

    private static List<String> transit(List<String> codes, Checks checks) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        if (!checks.check(codes.size() <= MAX_TRANSIT, "transitCountries", "alert.transitCountries.tooMany", MAX_TRANSIT)) {
            return List.of();
        }
        List<String> known = new ArrayList<>();
        for (String code : codes) {
            String upper = checks.country("transitCountries", "alert.field.transitCountries", code).optional();
            if (upper != null && !known.contains(upper)) {
                known.add(upper);
            }
        }
        return List.copyOf(known);
    }

    private static String flight(String value, Checks checks) {
        String text = checks.text("flightNumber", "alert.field.flightNumber", value).max(12).optional();
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        return checks.check(FLIGHT.matcher(upper).matches(), "flightNumber", "alert.flightNumber.invalid", text) ? upper : null;
    }

    /** The choices of a list of enumeration names ({@link Assistance}, {@link Vulnerability}), each checked. */
    static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values, String field, String label, Checks checks) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            for (String v : values) {
                E e = checks.choice(type, field, label, v).optional();
                if (e != null) {
                    set.add(e);
                }
            }
        }
        return Set.copyOf(set);
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
