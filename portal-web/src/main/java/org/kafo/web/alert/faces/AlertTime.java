package org.kafo.web.alert.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on the alert pages, in Mali time (UTC, all year) and the page's language. */
@Named
@RequestScoped
public class AlertTime {

    private Locale locale;

    public String full(Instant at) {
        return format(at, "EEEE d MMMM yyyy, HH'h'mm");
    }

    public String card(Instant at) {
        return format(at, "EEE d MMM, HH'h'mm");
    }

    public String brief(Instant at) {
        return format(at, "d MMM, HH'h'mm");
    }

    public String dated(Instant at) {
        return format(at, "d MMM yyyy, HH'h'mm");
    }

    /** "dans 5 h", "dans 2 j", "il y a 3 h". */
    public String relative(Instant at) {
        Duration d = Duration.between(Instant.now(), at);
        long hours = Math.abs(d.toHours());
        String amount = hours < 1 ? Math.abs(d.toMinutes()) + " min" : hours < 48 ? hours + " h" : (hours / 24) + " j";
        return d.isNegative() ? "il y a " + amount : "dans " + amount;
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
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = faces == null || faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
        }
        return DateTimeFormatter.ofPattern(pattern, locale).format(at.atOffset(ZoneOffset.UTC));
    }
}
