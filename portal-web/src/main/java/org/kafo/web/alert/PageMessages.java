package org.kafo.web.alert;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;
import org.kafo.domain.shared.DomainException;

/**
 * Shows a refusal of the domain on the page: the general message at the top, each field's message
 * next to its input (the input's id is the field name in kebab-case: {@code originCountry} →
 * {@code origin-country}, inside the form {@code formId}).
 */
final class PageMessages {

    private PageMessages() {
    }

    static void error(String formId, DomainException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        if (formId != null && e.errors().size() > 1) {
            for (DomainException.FieldError f : e.errors()) {
                faces.addMessage(formId + ":" + kebab(f.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null));
            }
        } else if (formId != null && e.errors().size() == 1) {
            DomainException.FieldError f = e.errors().get(0);
            faces.addMessage(formId + ":" + kebab(f.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null));
        }
        faces.validationFailed();
    }

    static void conflict(OptimisticLockException e) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "Quelqu'un d'autre a modifié cette alerte entre-temps. Rechargez la page avant de recommencer.", null));
    }

    /** A message that survives the redirect after a successful action. */
    static void done(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** An alert that is absent or invisible answers 404 (403 when visible but not for this caller), as the API does. */
    static void notFound(DomainException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(e.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404, e.getMessage());
        } catch (java.io.IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
        faces.responseComplete();
    }

    static String kebab(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Runs an action of the page; a refusal becomes a message and the page stays as it was. */
    static boolean attempt(String formId, Runnable action) {
        return attempt(formId, action, refusal -> false);
    }

    /** As {@link #attempt(String, Runnable)}; a refusal {@code handled} accepts is the page's to show (no message added). */
    static boolean attempt(String formId, Runnable action, java.util.function.Predicate<DomainException> handled) {
        try {
            action.run();
            return true;
        } catch (DomainException e) {
            if (!handled.test(e)) {
                error(formId, e);
            }
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof DomainException d) {
                    if (!handled.test(d)) {
                        error(formId, d);
                    }
                    return false;
                }
                if (cause instanceof OptimisticLockException o) {
                    conflict(o);
                    return false;
                }
                cause = cause.getCause();
            }
            throw e;
        }
        return false;
    }
}
