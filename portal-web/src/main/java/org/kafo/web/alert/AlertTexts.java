package org.kafo.web.alert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.kafo.domain.alert.AlertContent;
import org.kafo.domain.alert.Vulnerability;
import org.kafo.domain.reference.Countries;

/** How alerts read in French where no page's language applies: in feeds, e-mails and search (Mali is on UTC all year). */
public final class AlertTexts {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    private AlertTexts() {
    }

    public static String dateTime(Instant instant) {
        return FRENCH.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** The shared description: never any personal data (there is none in the content). */
    public static String description(AlertContent c, String arrivalPointName) {
        StringBuilder d = new StringBuilder();
        d.append(c.kind().label()).append(". Pays d'origine : ").append(Countries.frenchName(c.originCountry()));
        if (!c.transitCountries().isEmpty()) {
            d.append(" (transit : ").append(String.join(", ", c.transitCountries().stream().map(Countries::frenchName).toList())).append(')');
        }
        d.append(". Arrivée prévue le ").append(dateTime(c.expectedArrival())).append(" (heure du Mali) à ")
                .append(arrivalPointName).append(". ").append(c.peopleCount()).append(c.peopleCount() == 1 ? " personne." : " personnes.");
        if (c.airline() != null || c.flightNumber() != null) {
            d.append(" Vol : ").append(c.airline() == null ? "" : c.airline() + " ").append(c.flightNumber() == null ? "" : c.flightNumber()).append('.');
        }
        if (c.convoy() != null) {
            d.append(" Convoi : ").append(c.convoy()).append('.');
        }
        if (!c.vulnerabilities().isEmpty()) {
            d.append(" Vulnérabilités : ").append(String.join(", ", c.vulnerabilities().stream().map(Vulnerability::label).toList())).append('.');
        }
        if (c.description() != null) {
            d.append("\n\n").append(c.description());
        }
        return d.toString();
    }
}
