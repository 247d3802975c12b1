package org.kafo.web.directory;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers a page request with 404 (the portal's "page introuvable"): for what is absent and for what is not visible alike. */
final class NotFound {

    private NotFound() {
    }

    static void send() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "introuvable");
        faces.responseComplete();
    }
}
