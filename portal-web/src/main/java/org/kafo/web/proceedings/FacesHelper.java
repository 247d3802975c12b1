package org.kafo.web.proceedings;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Small things the proceedings' pages say without a redirect. */
final class FacesHelper {

    private FacesHelper() {
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static boolean hasErrors() {
        FacesMessage.Severity max = FacesContext.getCurrentInstance().getMaximumSeverity();
        return max != null && max.compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
    }
}
