package org.kafo.web.alert.mail;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.kafo.web.faces.Dates;

/**
 * What an e-mail says, in its recipient's language: the sentences of the page bundle ({@code org.kafo.web.i18n.messages},
 * keys {@code …mail.…}), with their arguments as {@code h:outputFormat} puts them ({@code {0}}…; an apostrophe written
 * twice in a key that has arguments), French where the bundle has no translation; times in Mali's time.
 */
public final class MailText {

    static final String BUNDLE = "org.kafo.web.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale language;
    private final ResourceBundle bundle;

    private MailText(Locale language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
    }

    public static MailText in(Locale language) {
        return new MailText(language);
    }

    public Locale language() {
        return language;
    }

    public String say(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
    }

    /** "mardi 8 décembre 2026 à 09h30", "Tuesday 8 December 2026 at 09:30": Mali's time, as the message says. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern(bundle.getString("mail.dateTime"), language).withZone(Dates.MALI).format(instant);
    }

    /** "10/12/2026": a day, day first. */
    public String date(Instant instant) {
        return DateTimeFormatter.ofPattern(bundle.getString("mail.date"), language).withZone(Dates.MALI).format(instant);
    }
}
