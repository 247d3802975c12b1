package org.kafo.web.library.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.Documents;
import org.kafo.domain.library.Library;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.input.Ids;
import org.kafo.web.library.DocumentPages;
import org.kafo.web.library.FileResponses;
import org.kafo.web.security.CurrentCaller;

/**
 * Downloads for the pages ({@code /bibliotheque/fichier/<id>}): the browser's session, not a bearer token,
 * says who asks (the API never accepts session cookies). Same rule as the API: what one may not see is
 * "not found".
 */
@WebServlet(DocumentPages.FILE_SERVLET + "*")
public class DocumentFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    transient Documents documents;

    @Inject
    transient Library library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Caller who = caller.get();
        Document document;
        byte[] bytes;
        try {
            document = documents.find(who, Ids.parse(path));
            bytes = library.fileBytes(who, document.id());
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = FileResponses.etag(document.file());
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "private, max-age=3600");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(document.file().mediaType());
        response.setHeader("Content-Disposition", FileResponses.contentDisposition(document.file()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
