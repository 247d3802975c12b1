package org.kafo.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.web.faces.Language;

/** Every failure becomes a problem with a status and a message in the client's language (French by default), and never leaks internals. */
class ProblemMappersTest {

    @Test
    void invalidInputNamesTheFields() {
        Problem p = ProblemMappers.problem(DomainException.invalid(List.of(
                DomainException.FieldError.of("total", Message.of("check.number.atLeast", Message.of("alert.field.peopleCount"), 0)),
                DomainException.FieldError.of("origin", Message.of("check.country.invalid", null, "XX")))));
        JsonObject json = p.toJson("/alerts");
        assertThat(json.getInt("status")).isEqualTo(400);
        assertThat(json.getString("type")).isEqualTo("urn:kafo:problem:invalid-input");
        assertThat(json.getJsonArray("errors")).hasSize(2);
        assertThat(json.getJsonArray("errors").getJsonObject(1).getString("field")).isEqualTo("origin");
        assertThat(json.getString("instance")).isEqualTo("/alerts");
    }

    @Test
    void domainRefusalsWrappedByTheContainerKeepTheirStatusAndMessage() {
        Problem p = ProblemMappers.problem(new EJBException(DomainException.conflict(Message.of("alert.refused.closed"))));
        assertThat(p.status()).isEqualTo(409);
        assertThat(p.detail()).isEqualTo("Cette alerte est clôturée : plus rien n'y change.");
        assertThat(ProblemMappers.problem(DomainException.notFound(Message.of("alert.notFound"))).status()).isEqualTo(404);
        assertThat(ProblemMappers.problem(DomainException.forbidden(Message.of("alert.refused.signIn"))).status()).isEqualTo(403);
    }

    @Test
    void aRefusalIsSaidInTheLanguageTheClientAsksFor() {
        DomainException refused = DomainException.invalid(List.of(
                DomainException.FieldError.of("origin", Message.of("check.country.invalid", null, "XX")),
                DomainException.FieldError.of("kind", Message.of("alert.kind.missing"))));
        JsonObject english = ProblemMappers.problem(refused, Language.ofClient(List.of(Locale.forLanguageTag("en-GB"), Locale.FRENCH)))
                .toJson(null);
        assertThat(english.getString("title")).isEqualTo("Invalid data");
        assertThat(english.getJsonArray("errors").getJsonObject(0).getString("message")).startsWith("Unknown country: \"XX\"");
        assertThat(english.getJsonArray("errors").getJsonObject(1).getString("message")).isEqualTo("Choose the kind of return.");
        JsonObject french = ProblemMappers.problem(refused, Language.ofClient(List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("fr-ML"))))
                .toJson(null);
        assertThat(french.getString("title")).isEqualTo("Données invalides");
        assertThat(french.getJsonArray("errors").getJsonObject(1).getString("message")).isEqualTo("Choisissez le type de retour.");
        JsonObject spanish = ProblemMappers.problem(refused, Language.ofClient(List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("es-ES"))))
                .toJson(null);
        assertThat(spanish.getString("title")).isEqualTo("Datos no válidos");
        assertThat(spanish.getString("detail")).isNotEqualTo(french.getString("detail")).isNotEqualTo(english.getString("detail"));
        assertThat(Language.ofClient(List.of(Locale.forLanguageTag("de")))).as("a language the portal does not speak: French")
                .isEqualTo(Locale.FRENCH);
        assertThat(ProblemMappers.problem(DomainException.notFound(Message.of("alert.notFound")), Locale.ENGLISH).detail())
                .isEqualTo("Alert not found.");
    }

    @Test
    void theApisOwnAnswersAreSaidInTheClientsLanguageToo() {
        assertThat(ProblemMappers.http(401, Locale.ENGLISH).toJson(null).getString("detail")).isEqualTo("Sign in to reach this resource.");
        assertThat(ProblemMappers.http(403, Locale.FRENCH).detail()).isEqualTo("Votre rôle ne permet pas cette action.");
        Problem stale = ProblemMappers.problem(new OptimisticLockException("stale"), Locale.ENGLISH);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.title()).isEqualTo("Conflict");
        assertThat(stale.detail()).contains("Reload");
    }

    @Test
    void aConcurrentEditIsAConflictToReload() {
        Problem p = ProblemMappers.problem(new OptimisticLockException("stale"));
        assertThat(p.status()).isEqualTo(409);
        assertThat(p.detail()).contains("Rechargez");
    }

    @Test
    void anUnexpectedFailureSays500WithoutItsInternals() {
        Problem p = ProblemMappers.problem(new NullPointerException("secret.internal.Field is null"));
        assertThat(p.status()).isEqualTo(500);
        assertThat(p.detail()).doesNotContain("secret").contains("rien n'a été enregistré");
    }
}
