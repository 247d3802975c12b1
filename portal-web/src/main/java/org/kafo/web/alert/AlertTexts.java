package org.kafo.web.alert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How alerts' times read in French, for feeds and e-mails (Mali is on UTC all year). */
final class AlertTexts {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    private AlertTexts() {
    }

    static String dateTime(Instant instant) {
        return FRENCH.format(instant.atOffset(ZoneOffset.UTC));
    }
}
