package org.kafo.web.problem;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.web.faces.Language;
import org.kafo.domain.shared.Message;

/**
 * Turns every exception that leaves a resource into a problem+json response. Domain refusals are said in the language
 * the client asks for ({@code Accept-Language}, among the portal's languages; French when it names none of them);
 * unexpected failures are logged and answered without internals.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    /** Jersey's exception for a parameter that does not convert; it says 404 for query parameters. */
    private static final String JERSEY_PARAM_EXCEPTION = "org.glassfish.jersey.server.ParamException";

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale language = Language.ofClient(headers == null ? List.of() : headers.getAcceptableLanguages());
        return problem(thrown, language).toResponse(uriInfo == null ? null : "/" + uriInfo.getPath());
    }

    static Problem problem(Throwable thrown) {
        return problem(thrown, Message.FRENCH);
    }

    static Problem problem(Throwable thrown, Locale language) {
        Throwable e = unwrap(thrown);
        if (e instanceof DomainException domain) {
            return Problem.from(domain, language);
        }
        if (e instanceof ConstraintViolationException violations) {
            List<DomainException.FieldError> errors = violations.getConstraintViolations().stream()
                    .map(v -> DomainException.FieldError.of(field(v), Message.of("check.constraint", v.getMessage()))).toList();
            return Problem.from(DomainException.invalid(errors), language);
        }
        if (e instanceof ProblemCause cause) {
            return cause.problem();
        }
        if (e instanceof OptimisticLockException) {
            return Problem.of(409, "conflict", "Conflit",
                    "Quelqu'un d'autre a modifié cette fiche entre-temps. Rechargez-la avant de recommencer.");
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            return Problem.of(400, "malformed-request", "Requête illisible",
                    "Le corps de la requête n'est pas un JSON valide pour cette ressource.");
        }
        if (e instanceof WebApplicationException && e.getClass().getName().startsWith(JERSEY_PARAM_EXCEPTION)) {
            // JAX-RS answers 404 when a query parameter does not convert (?max=abc): it is bad input.
            return Problem.of(400, "invalid-parameter", "Paramètre invalide",
                    "Un paramètre de la requête n'a pas la forme attendue (un nombre, une date…).");
        }
        if (e instanceof WebApplicationException web) {
            return http(web.getResponse().getStatus());
        }
        LOG.log(Level.SEVERE, "unexpected failure", thrown);
        return Problem.of(500, "internal-error", "Erreur interne",
                "Une erreur inattendue s'est produite ; rien n'a été enregistré. Réessayez, ou signalez-la.");
    }

    private static Problem http(int status) {
        return switch (status) {
            case 401 -> Problem.unauthorized("Connectez-vous pour accéder à cette ressource.");
            case 403 -> Problem.forbidden("Votre rôle ne permet pas cette action.");
            case 404 -> Problem.notFound("Cette ressource n'existe pas.");
            case 405 -> Problem.of(405, "method-not-allowed", "Méthode non permise", "Cette ressource n'accepte pas cette méthode.");
            case 406 -> Problem.of(406, "not-acceptable", "Format non disponible", "Ce format de réponse n'est pas disponible.");
            case 415 -> Problem.of(415, "unsupported-media-type", "Format non pris en charge",
                    "Envoyez les données dans un format accepté (application/json).");
            default -> status >= 500
                    ? Problem.of(status, "internal-error", "Erreur interne", "Le service n'a pas pu répondre.")
                    : Problem.of(status, "bad-request", "Requête invalide", "La requête n'a pas pu être traitée.");
        };
    }

    /** EJB, JTA and JPA wrap what the domain threw; the cause is what the caller needs to hear. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof EJBException || e instanceof RollbackException
                || (e instanceof PersistenceException && !(e instanceof OptimisticLockException)))
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "create.arg0.title" or "create.request.title": keep what names the field.
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
