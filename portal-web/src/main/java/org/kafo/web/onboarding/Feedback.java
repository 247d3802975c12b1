package org.kafo.web.onboarding;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.kafo.domain.shared.DomainException;

/** Page messages: the domain's French refusals, each next to its field when the form has one. */
final class Feedback {

    private Feedback() {
    }

    static void info(String message) {
        add(null, FacesMessage.SEVERITY_INFO, message);
    }

    static void warn(String message) {
        add(null, FacesMessage.SEVERITY_WARN, message);
    }

    /** A refusal ({@link DomainException}) or Keycloak unreachable ({@link IdentityUnavailable}); anything else is a bug. */
    static void refused(RuntimeException e, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean placed = false;
        if (e instanceof DomainException domain) {
            for (DomainException.FieldError error : domain.errors()) {
                UIComponent field = formId == null ? null : context.getViewRoot().findComponent(formId + ":" + error.field());
                if (field != null) {
                    add(field.getClientId(context), FacesMessage.SEVERITY_ERROR, error.message());
                    placed = true;
                }
            }
            if (!placed || domain.errors().size() > 1) {
                add(null, FacesMessage.SEVERITY_ERROR, placed ? "Certaines informations sont à corriger ; rien n'a été enregistré."
                        : domain.getMessage());
            }
        } else {
            add(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        context.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, message, null));
    }
}
