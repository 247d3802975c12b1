package org.kafo.web.alert.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An e-mail's sentences, dates and times in its recipient's language; French for a language the portal does not speak. */
class MailTextTest {

    private static final Instant ARRIVAL = Instant.parse("2026-12-08T09:30:00Z");

    @Test
    void timesAreMalisAndSaidInTheRecipientsLanguage() {
        assertThat(MailText.in(Locale.FRENCH).dateTime(ARRIVAL)).isEqualTo("mardi 8 décembre 2026 à 09h30");
        assertThat(MailText.in(Locale.ENGLISH).dateTime(ARRIVAL)).isEqualTo("Tuesday 8 December 2026 at 09:30");
        assertThat(MailText.in(Locale.ENGLISH).date(ARRIVAL)).isEqualTo("08/12/2026");
    }

    @Test
    void sentencesTakeTheirArgumentsAndKeepTheirApostrophes() {
        assertThat(MailText.in(Locale.FRENCH).say("alert.mail.point", "Aéroport de Bamako-Sénou"))
                .isEqualTo("Point d'arrivée : Aéroport de Bamako-Sénou");
        assertThat(MailText.in(Locale.ENGLISH).say("alert.mail.offer.ACCEPTED", "AME")).startsWith("AME accepted your association's offer");
        assertThat(MailText.in(Locale.FRENCH).say("alert.mail.why")).contains("point d'arrivée");
        assertThat(MailText.in(Locale.forLanguageTag("de")).say("alert.mail.published")).as("no German: French").isEqualTo("Nouvelle alerte");
    }
}
