package org.kafo.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException.FieldError;

/** The one checker of raw input: every wrong field at once, named, said from the bundle; what is right, tidied. */
class ChecksTest {

    enum Colour { RED, DARK_BLUE }

    @Test
    void whatIsRightIsTidied() {
        Checks checks = Checks.start();
        assertThat(checks.line("name", "directory.field.name", "  Réseau   Kayira\n ").max(200).required()).isEqualTo("Réseau Kayira");
        assertThat(checks.text("description", "directory.field.description", " deux\nlignes ").optional()).isEqualTo("deux\nlignes");
        assertThat(checks.line("acronym", "directory.field.acronym", "   ").optional()).isNull();
        assertThat(checks.date("day", "proceedings.field.day", " 2025-12-10 ").required()).isEqualTo(LocalDate.of(2025, 12, 10));
        assertThat(checks.time("start", "proceedings.field.start", "9:30").required()).isEqualTo(LocalTime.of(9, 30));
        assertThat(checks.email("email", "directory.field.email", " Awa@AME.example ").optional()).isEqualTo("awa@ame.example");
        assertThat(checks.phone("phone", "directory.field.phone", "+223 20 00 00 00").optional()).isEqualTo("+223 20 00 00 00");
        assertThat(checks.url("website", "directory.field.website", "https://ame-mali.org", 500).optional()).isEqualTo("https://ame-mali.org");
        assertThat(checks.country("country", "check.field.country", "ml").required()).isEqualTo("ML");
        assertThat(checks.language("language", "directory.field.language", "SNK").required()).isEqualTo("snk");
        assertThat(checks.choice(Colour.class, "colour", "alert.field.kind", "dark-blue").required()).isEqualTo(Colour.DARK_BLUE);
        assertThat(checks.choice(Colour.class, "colour", "alert.field.kind", null).orElse(Colour.RED)).isEqualTo(Colour.RED);
        assertThat(checks.number("count", "alert.field.women", 3, 0, 10).optional()).isEqualTo(3);
        assertThat(checks.ok()).isTrue();
        checks.throwIfAny();
    }

    @Test
    void everyWrongFieldIsNamedAtOnceWithItsReason() {
        Checks checks = Checks.start();
        checks.line("name", "directory.field.name", " ").required();
        checks.line("acronym", "directory.field.acronym", "x".repeat(41)).max(40).optional();
        checks.text("notes", "alert.field.notes", "bip\u0007").optional();
        checks.date("day", "proceedings.field.day", "demain").required();
        checks.time("start", "proceedings.field.start", "neuf heures").required();
        checks.email("email", "directory.field.email", "pas-une-adresse").optional();
        checks.phone("phone", "directory.field.phone", "appelez-nous").optional();
        checks.url("website", "directory.field.website", "ftp:/nulle-part", 500).optional();
        checks.country("country", "check.field.country", "XX").required();
        checks.choice(Colour.class, "colour", "alert.field.kind", "vert").required();
        checks.number("women", "alert.field.women", -1, 0, 10).optional();
        checks.line("title", "proceedings.field.subTheme", "ab").min(3).required();
        Checks contact = checks.nested("contacts[1]", Message.of("directory.contact.nth", 2));
        contact.line("name", "directory.field.contactName", null).required();
        checks.check(false, "end", "proceedings.session.endsBeforeStart", "12:00", "09:00");
        assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.getMessage()).isEqualTo("Certaines informations sont à corriger.");
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("name", "acronym", "notes", "day", "start", "email",
                    "phone", "website", "country", "colour", "women", "title", "contacts[1].name", "end");
            assertThat(e.errors()).extracting(FieldError::message).containsExactly(
                    "Le nom est obligatoire.",
                    "Le sigle : texte trop long, 40 caractères au plus (41 saisis).",
                    "Les notes : le texte contient des caractères de contrôle.",
                    "Le jour de la session n'est pas une date : « demain » (AAAA-MM-JJ, par exemple 2025-12-10).",
                    "L'heure de début n'est pas une heure : « neuf heures » (HH:MM, par exemple 09:30).",
                    "« pas-une-adresse » n'est pas une adresse électronique valide (par exemple nom@association.org).",
                    "Numéro de téléphone invalide : « appelez-nous » (chiffres, espaces, un + au début, par exemple +223 20 00 00 00).",
                    "Adresse web invalide : « ftp:/nulle-part » (elle commence par http:// ou https://).",
                    "Pays inconnu : « XX » (code ISO 3166 à deux lettres, par exemple ML, FR, DZ).",
                    "Le type de retour : valeur inconnue, « vert ».",
                    "Le nombre de femmes doit être compris entre 0 et 10.",
                    "Le sous-thème est obligatoire (3 caractères au moins).",
                    "Contact n° 2 : Le nom du contact est obligatoire.",
                    "La session doit finir après avoir commencé (12:00 – 09:00).");
            assertThat(e.errors().get(12).reason().key()).isEqualTo("check.inRecord");
            assertThat(e.errors().get(0).text(Locale.ENGLISH)).isEqualTo("The name is required.");
        });
    }

    @Test
    void aValueThatCannotBeReadIsNotAlsoSaidMissing() {
        Checks checks = Checks.start();
        assertThat(checks.date("day", "proceedings.field.day", "hier").required()).isNull();
        assertThat(checks.errors()).hasSize(1);
    }

    @Test
    void oneWrongFieldIsTheWholeMessageAndTheFeaturesOwnWordsMaySayItIsMissing() {
        Checks checks = Checks.start();
        checks.number("peopleCount", "alert.field.peopleCount", null, 1, 10_000).required("alert.peopleCount.missing");
        assertThatThrownBy(checks::throwIfAny).hasMessage("Indiquez le nombre de personnes attendues.");
    }

    @Test
    void anotherFeaturesRefusalJoinsTheOthersUnderTheNestedName() {
        Checks checks = Checks.start().nested("organizations[2]");
        assertThat((Object) checks.collect(() -> {
            throw DomainException.invalid("country", Message.of("check.country.invalid", null, "XX"));
        })).isNull();
        assertThat(checks.errors()).extracting(FieldError::field).containsExactly("organizations[2].country");
    }
}
