package org.kafo.domain.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A request the domain refuses, with a message for the person who made it. The web layer maps the {@link Kind} to an
 * HTTP status (problem+json on the API, a message on the page). Being an application exception that rolls back, it
 * never leaves a half-written change behind.
 *
 * <p>The message is a {@link Message} of the domain's bundle (a key and its arguments: {@link #message()}), said in
 * French by {@link #getMessage()}, in another language by {@link #text(Locale)}; each {@link FieldError} likewise. There
 * is no way to make a refusal from a text: every refusal is said from keys, so that each person reads it in their own
 * language ({@code RefusalsAreKeysTest}).
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

    /** One field that is wrong, and why: {@code reason} the key and arguments it is said from. */
    public record FieldError(String field, Message reason) implements Serializable {

        public FieldError {
            Objects.requireNonNull(reason, "a field's refusal is said from a message key");
        }

        public static FieldError of(String field, Message reason) {
            return new FieldError(field, reason);
        }

        /** What is wrong with the field, in French. */
        public String message() {
            return reason.french();
        }

        /** What is wrong with the field, in {@code locale}'s language. */
        public String text(Locale locale) {
            return reason.text(locale);
        }
    }

    /** Several fields to correct. */
    static final Message SEVERAL = Message.of("check.several");

    private final Kind kind;
    private final Message reason;
    private final List<FieldError> errors;

    public DomainException(Kind kind, Message reason, List<FieldError> errors) {
        super(reason.french());
        this.kind = kind;
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    public static DomainException invalid(String field, Message reason) {
        return new DomainException(Kind.INVALID, reason, List.of(FieldError.of(field, reason)));
    }

    /** Every field to correct at once; one field's refusal is the whole message. */
    public static DomainException invalid(List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError only = errors.get(0);
            return new DomainException(Kind.INVALID, only.reason(), errors);
        }
        return new DomainException(Kind.INVALID, SEVERAL, errors);
    }

    public static DomainException notFound(Message reason) {
        return new DomainException(Kind.NOT_FOUND, reason, List.of());
    }

    public static DomainException forbidden(Message reason) {
        return new DomainException(Kind.FORBIDDEN, reason, List.of());
    }

    public static DomainException conflict(Message reason) {
        return new DomainException(Kind.CONFLICT, reason, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The key and arguments of the message. */
    public Message message() {
        return reason;
    }

    /** The message in {@code locale}'s language (French where there is no translation). */
    public String text(Locale locale) {
        return reason.text(locale);
    }
}
