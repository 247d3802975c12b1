package org.kafo.web.directory;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.kafo.domain.shared.DomainException;

/** Shows a domain refusal on the page: its French message, and each field to correct. */
final class PageMessages {

    private PageMessages() {
    }

    static void error(DomainException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e.errors().size() <= 1) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            e.errors().forEach(f -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null)));
        }
    }

    static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
