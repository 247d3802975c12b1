package org.kafo.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.problem.ProblemCause;

/**
 * What a page says: the one way a refusal of the domain is shown, and the page's own messages. A refusal's message goes
 * to the top of the page, in the page's language; with several fields to correct, each field's message goes next to
 * its input when the form shows messages there (an {@code h:message} for the input, whose id is the field's name in
 * kebab case, {@code originCountry} → {@code origin-country}, or the field's name itself), else to the top as well.
 * The page then stays as it was typed.
 */
public final class PageMessages {

    private PageMessages() {
    }

    /**
     * Runs an action of the page; a refusal becomes messages (of the form {@code formId}, or none) and the page stays, as
     * it does for a failure with its own answer ({@link ProblemCause}: its detail) or a change made meanwhile.
     */
    public static boolean attempt(String formId, Runnable action) {
        return attempt(formId, action, refusal -> false);
    }

    /** As {@link #attempt(String, Runnable)}; a refusal {@code handled} accepts is the page's to show (no message added). */
    public static boolean attempt(String formId, Runnable action, Predicate<DomainException> handled) {
        try {
            action.run();
            return true;
        } catch (DomainException e) {
            if (!handled.test(e)) {
                refused(formId, e);
            }
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainException d) {
                    if (!handled.test(d)) {
                        refused(formId, d);
                    }
                    return false;
                }
                if (cause instanceof ProblemCause problem) {
                    error(problem.problem(language()).detail());
                    FacesContext.getCurrentInstance().validationFailed();
                    return false;
                }
                if (cause instanceof OptimisticLockException) {
                    error(text("page.changedMeanwhile"));
                    FacesContext.getCurrentInstance().validationFailed();
                    return false;
                }
            }
            throw e;
        }
        return false;
    }

    /**
     * Runs an action that answers where to go next (a {@code faces-redirect} outcome); done, {@code done} is said there;
     * refused, the page stays as typed ({@code null}), as with {@link #attempt(String, Runnable)}.
     */
    public static String redirect(String formId, Supplier<String> action, String done) {
        String[] outcome = new String[1];
        if (!attempt(formId, () -> outcome[0] = action.get())) {
            return null;
        }
        done(done);
        return outcome[0];
    }

    /** Shows a refusal of the domain: at the top, and each field next to its input where the form {@code formId} has a place. */
    public static void refused(String formId, DomainException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale language = faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
        add(null, FacesMessage.SEVERITY_ERROR, e.text(language));
        UIComponent form = formId == null || faces.getViewRoot() == null ? null : faces.getViewRoot().findComponent(formId);
        Set<String> shown = form == null ? Set.of() : messagesIn(form);
        for (DomainException.FieldError error : e.errors()) {
            String id = shown.contains(kebab(error.field())) ? kebab(error.field()) : shown.contains(error.field()) ? error.field() : null;
            UIComponent input = id == null ? null : form.findComponent(id);
            if (input != null) {
                add(input.getClientId(faces), FacesMessage.SEVERITY_ERROR, error.text(language));
            } else if (e.errors().size() > 1) {
                add(null, FacesMessage.SEVERITY_ERROR, error.text(language));
            }
        }
        faces.validationFailed();
    }

    /** A refusal on a page without a form to point at. */
    public static void refused(DomainException e) {
        refused(null, e);
    }

    public static void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    public static void warn(String text) {
        add(null, FacesMessage.SEVERITY_WARN, text);
    }

    /** A message for this response (a post that stays on its page). */
    public static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    /** A message that survives the redirect after a successful action. */
    public static void done(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    /** The view's language, French before there is a view. */
    private static Locale language() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null ? Language.DEFAULT : faces.getViewRoot().getLocale();
    }

    /** Whether an error was said in this request. */
    public static boolean hasErrors() {
        FacesMessage.Severity max = FacesContext.getCurrentInstance().getMaximumSeverity();
        return max != null && max.compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
    }

    /** The text of a key of the page bundle ({@code msg}) in the view's language. */
    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString(key);
    }

    /**
     * The text of a key of the page bundle with its arguments, as {@code h:outputFormat} says it ({@code {0}}…; an
     * apostrophe is written twice in such a key): a page bean's confirmation in the view's language.
     */
    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale language = context.getViewRoot() == null ? Language.DEFAULT : context.getViewRoot().getLocale();
        return new MessageFormat(text(key), language).format(args);
    }

    /** A record that is absent or invisible answers 404 (403 when visible but not for this caller), as the API does. */
    public static void notFound(DomainException e) {
        sendError(e.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404);
    }

    /** Answers the request with an error status (the error pages say it in French). */
    public static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static String kebab(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The ids the form's {@code h:message}s are for. */
    private static Set<String> messagesIn(UIComponent form) {
        Set<String> ids = new HashSet<>();
        form.getFacetsAndChildren().forEachRemaining(child -> {
            if (child instanceof UIMessage message && message.getFor() != null) {
                ids.add(message.getFor());
            }
            ids.addAll(messagesIn(child));
        });
        return ids;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
