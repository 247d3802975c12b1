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
            return cause.problem(language);
        }
        if (e instanceof OptimisticLockException) {
            return Problem.said(409, "conflict", "problem.title.conflict", Message.of("problem.changedMeanwhile"), language);
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            return Problem.said(400, "malformed-request", "problem.title.malformed", Message.of("problem.malformed"), language);
        }
        if (e instanceof WebApplicationException && e.getClass().getName().startsWith(JERSEY_PARAM_EXCEPTION)) {
            // JAX-RS answers 404 when a query parameter does not convert (?max=abc): it is bad input.
            return Problem.said(400, "invalid-parameter", "problem.title.invalidParameter", Message.of("problem.invalidParameter"), language);
        }
        if (e instanceof WebApplicationException web) {
            return http(web.getResponse().getStatus(), language);
        }
        LOG.log(Level.SEVERE, "unexpected failure", thrown);
        return Problem.said(500, "internal-error", "problem.title.internal", Message.of("problem.internal"), language);
    }

    /** The answer to an HTTP status JAX-RS gave, in {@code language}. */
    public static Problem http(int status, Locale language) {
        return switch (status) {
            case 401 -> Problem.said(401, "unauthorized", "problem.title.unauthorized", Message.of("problem.unauthorized"), language);
            case 403 -> Problem.said(403, "forbidden", "problem.title.forbidden", Message.of("problem.forbidden"), language);
            case 404 -> Problem.said(404, "not-found", "problem.title.notFound", Message.of("problem.notFound"), language);
            case 405 -> Problem.said(405, "method-not-allowed", "problem.title.methodNotAllowed", Message.of("problem.methodNotAllowed"), language);
            case 406 -> Problem.said(406, "not-acceptable", "problem.title.notAcceptable", Message.of("problem.notAcceptable"), language);
            case 415 -> Problem.said(415, "unsupported-media-type", "problem.title.unsupportedMediaType", Message.of("problem.unsupportedMediaType"), language);
            default -> status >= 500
                    ? Problem.said(status, "internal-error", "problem.title.internal", Message.of("problem.unavailable"), language)
                    : Problem.said(status, "bad-request", "problem.title.badRequest", Message.of("problem.badRequest"), language);
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
