package org.kafo.web.alert.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.kafo.web.faces.Language;
import org.kafo.web.faces.PageMessages;

/** Times on the alert pages, in Mali time (UTC, all year) and the page's language. */
@Named
@RequestScoped
public class AlertTime {

    /** How a time is written: "mardi 8 décembre 2026, 14h30"; in Spanish "martes, 8 de diciembre de 2026, 14:30". */
    private record Patterns(String full, String card, String brief, String dated) {
    }

    private static final Patterns DAY_FIRST = new Patterns("EEEE d MMMM yyyy, HH'h'mm", "EEE d MMM, HH'h'mm",
            "d MMM, HH'h'mm", "d MMM yyyy, HH'h'mm");
    private static final Patterns SPANISH = new Patterns("EEEE, d 'de' MMMM 'de' yyyy, HH:mm", "EEE d MMM, HH:mm",
            "d MMM, HH:mm", "d MMM yyyy, HH:mm");

    private Locale locale;

    public String full(Instant at) {
        return format(at, patterns().full());
    }

    public String card(Instant at) {
        return format(at, patterns().card());
    }

    public String brief(Instant at) {
        return format(at, patterns().brief());
    }

    public String dated(Instant at) {
        return format(at, patterns().dated());
    }

    /** "dans 5 h", "dans 2 j", "il y a 3 h" (in Spanish "dentro de 5 h", "hace 3 h"), from the page's bundle. */
    public String relative(Instant at) {
        Duration d = Duration.between(Instant.now(), at);
        long hours = Math.abs(d.toHours());
        String amount = hours < 1 ? say("alert.time.minutes", Math.abs(d.toMinutes()))
                : hours < 48 ? say("alert.time.hours", hours) : say("alert.time.days", hours / 24);
        return say(d.isNegative() ? "alert.time.ago" : "alert.time.in", amount);
    }

    private static String say(String key, Object argument) {
        return PageMessages.text(key).replace("{0}", String.valueOf(argument));
    }

    private Patterns patterns() {
        return "es".equals(locale().getLanguage()) ? SPANISH : DAY_FIRST;
    }

    /** Whether an arrival is one of "the next 48 hours" ({@link SoonArrivals}). */
    public boolean soon(Instant at) {
        Instant now = Instant.now();
        return at.isAfter(now.minus(SoonArrivals.PAST)) && at.isBefore(now.plus(SoonArrivals.AHEAD));
    }

    private String format(Instant at, String pattern) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern, locale()).format(at.atOffset(ZoneOffset.UTC));
    }

    private Locale locale() {
        if (locale == null) {
            locale = Language.ofPage();
        }
        return locale;
    }
}
