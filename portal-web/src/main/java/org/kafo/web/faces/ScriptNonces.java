package org.kafo.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.kafo.web.security.SecurityHeaders;

/**
 * Gives every {@code <script>} that Faces or PrimeFaces writes (the websocket's start, {@code h:commandScript}, a
 * component's initialisation) this request's CSP nonce ({@link SecurityHeaders}): the pages' policy allows no other
 * inline script. Declared in {@code faces-config.xml} as a render kit factory decorating Faces' own.
 */
public class ScriptNonces extends RenderKitFactory {

    public ScriptNonces(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : new NonceRenderKit(kit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class NonceRenderKit extends RenderKitWrapper {

        NonceRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding);
            return created == null ? null : new NonceWriter(created);
        }
    }

    private static final class NonceWriter extends ResponseWriterWrapper {

        NonceWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            super.startElement(name, component);
            if ("script".equalsIgnoreCase(name)) {
                Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
                if (request instanceof jakarta.servlet.ServletRequest servletRequest) {
                    super.writeAttribute("nonce", SecurityHeaders.nonce(servletRequest), null);
                }
            }
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new NonceWriter(getWrapped().cloneWithWriter(writer));
        }
    }
}
