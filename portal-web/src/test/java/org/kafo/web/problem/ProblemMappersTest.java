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

/** Every failure becomes a problem with a status and a French message, and never leaks internals. */
class ProblemMappersTest {

    private static final Locale FRENCH = Locale.FRENCH;

    @Test
    void invalidInputNamesTheFields() {
        Problem p = ProblemMappers.problem(DomainException.invalid(List.of(
                new DomainException.FieldError("total", "Le total ne peut pas être négatif."),
                new DomainException.FieldError("origin", "Pays inconnu."))), FRENCH);
        JsonObject json = p.toJson("/alerts");
        assertThat(json.getInt("status")).isEqualTo(400);
        assertThat(json.getString("type")).isEqualTo("urn:kafo:problem:invalid-input");
        assertThat(json.getJsonArray("errors")).hasSize(2);
        assertThat(json.getJsonArray("errors").getJsonObject(1).getString("field")).isEqualTo("origin");
        assertThat(json.getString("instance")).isEqualTo("/alerts");
    }

    @Test
    void domainRefusalsWrappedByTheContainerKeepTheirStatusAndMessage() {
        Problem p = ProblemMappers.problem(new EJBException(DomainException.conflict("Cette alerte est close.")), FRENCH);
        assertThat(p.status()).isEqualTo(409);
        assertThat(p.detail()).isEqualTo("Cette alerte est close.");
        assertThat(ProblemMappers.problem(DomainException.notFound("x"), FRENCH).status()).isEqualTo(404);
        assertThat(ProblemMappers.problem(DomainException.forbidden("x"), FRENCH).status()).isEqualTo(403);
    }

    @Test
    void aConcurrentEditIsAConflictToReload() {
        Problem p = ProblemMappers.problem(new OptimisticLockException("stale"), FRENCH);
        assertThat(p.status()).isEqualTo(409);
        assertThat(p.detail()).contains("Rechargez");
    }

    @Test
    void anUnexpectedFailureSays500WithoutItsInternals() {
        Problem p = ProblemMappers.problem(new NullPointerException("secret.internal.Field is null"), FRENCH);
        assertThat(p.status()).isEqualTo(500);
        assertThat(p.detail()).doesNotContain("secret").contains("rien n'a été enregistré");
    }

    @Test
    void aRefusalOfTheDomainIsSaidInTheClientsLanguage() {
        DomainException refused = DomainException.invalid("name", Message.of("directory.name.taken", "AME"));
        Problem spanish = ProblemMappers.problem(new EJBException(refused), Locale.forLanguageTag("es"));
        assertThat(spanish.title()).isEqualTo("Datos no válidos");
        assertThat(spanish.detail()).isEqualTo("Otra ficha ya lleva el nombre «AME».");
        assertThat(spanish.errors().get(0).message()).isEqualTo("Otra ficha ya lleva el nombre «AME».");
        Problem english = ProblemMappers.problem(DomainException.notFound(Message.of("check.id.notFound")), Locale.ENGLISH);
        assertThat(english.title()).isEqualTo("Not found");
        assertThat(english.detail()).isEqualTo("Not found.");
        Problem french = ProblemMappers.problem(refused, FRENCH);
        assertThat(french.title()).isEqualTo("Données invalides");
        assertThat(french.detail()).isEqualTo("Une autre fiche porte déjà le nom « AME ».");
    }
}
