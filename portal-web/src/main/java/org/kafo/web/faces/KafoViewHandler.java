package org.kafo.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** Chooses the page language as {@link Language} says, before Faces' own negotiation. */
public class KafoViewHandler extends ViewHandlerWrapper {

    public KafoViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        return Language.chosen(request)
                .orElseGet(() -> Language.browserSaysNothing(request) ? Language.DEFAULT : super.calculateLocale(context));
    }
}
