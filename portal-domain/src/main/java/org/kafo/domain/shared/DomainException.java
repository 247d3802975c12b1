package org.kafo.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the domain refuses, with a message in French for the person who made it. The web layer
 * maps the {@link Kind} to an HTTP status (problem+json on the API, a message on the page). Being an
 * application exception that rolls back, it never leaves a half-written change behind.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Bad input: nothing was changed. */
        INVALID,
        /** Absent, or not visible to the caller (the two are not told apart, so nothing leaks). */
        NOT_FOUND,
        /** Visible, but the caller may not do this. */
        FORBIDDEN,
        /** The record changed meanwhile, or the action does not fit its current state. */
        CONFLICT
    }

    /** One field that is wrong, and why. */
    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final List<FieldError> errors;

    public DomainException(Kind kind, String message, List<FieldError> errors) {
        super(message);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, message, List.of(new FieldError(field, message)));
    }

    public static DomainException invalid(List<FieldError> errors) {
        String message = errors.size() == 1 ? errors.get(0).message() : "Certaines informations sont à corriger.";
        return new DomainException(Kind.INVALID, message, errors);
    }

    public static DomainException notFound(String message) {
        return new DomainException(Kind.NOT_FOUND, message, List.of());
    }

    public static DomainException forbidden(String message) {
        return new DomainException(Kind.FORBIDDEN, message, List.of());
    }

    public static DomainException conflict(String message) {
        return new DomainException(Kind.CONFLICT, message, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
