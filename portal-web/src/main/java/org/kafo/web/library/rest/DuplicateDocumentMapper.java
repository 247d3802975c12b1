package org.kafo.web.library.rest;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.kafo.domain.library.DuplicateDocumentException;
import org.kafo.domain.shared.Message;
import org.kafo.web.faces.Language;
import org.kafo.web.library.DocumentPages;
import org.kafo.web.problem.Problem;

/**
 * The same file was already deposited: a 409 problem that also says which document holds it
 * ({@code existingDocument}: id, title, API and page links), so the client can go there.
 */
@Provider
public class DuplicateDocumentMapper implements ExceptionMapper<DuplicateDocumentException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DuplicateDocumentException e) {
        String instance = uriInfo == null ? null : "/" + uriInfo.getPath();
        String id = e.existingId().toString();
        Locale language = Language.ofClient(headers == null ? List.of() : headers.getAcceptableLanguages());
        var body = JSON.createObjectBuilder(Problem.of(409, "duplicate-file", Message.of("library.duplicate.title").text(language),
                        e.text(language)).toJson(instance))
                .add("existingDocument", JSON.createObjectBuilder()
                        .add("id", id)
                        .add("title", e.existingTitle())
                        .add("self", "/api/v1/documents/" + id)
                        .add("page", DocumentPages.page(e.existingId())))
                .build();
        return Response.status(409).type(Problem.MEDIA_TYPE + ";charset=UTF-8").entity(body.toString()).build();
    }
}
