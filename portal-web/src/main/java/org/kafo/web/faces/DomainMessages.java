package org.kafo.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.kafo.domain.shared.DomainException;

/** Shows what the domain said on the page: each wrong field as its own line, in the words the domain used. */
public final class DomainMessages {

    private DomainMessages() {
    }

    public static void error(DomainException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (e.errors().isEmpty()) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } else {
            e.errors().forEach(error -> context.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null)));
        }
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A message for this response (a post that stays on its page). */
    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A message that survives the redirect after a successful post. */
    public static void infoAfterRedirect(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The text of a key of the page bundle ({@code msg}) in the view's language. */
    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString(key);
    }

    /** Answers the request with an error status (the error pages say it in French). */
    public static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
