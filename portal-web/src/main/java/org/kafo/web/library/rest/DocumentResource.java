package org.kafo.web.library.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.files.StoredFiles;
import org.kafo.domain.library.Document;
import org.kafo.domain.library.DocumentDetails;
import org.kafo.domain.library.DocumentFilter;
import org.kafo.domain.library.DocumentKind;
import org.kafo.domain.library.Documents;
import org.kafo.domain.library.Library;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.web.api.Bodies;
import org.kafo.web.api.Paging;
import org.kafo.web.api.Roles;
import org.kafo.web.input.Ids;
import org.kafo.web.library.DocumentJson;
import org.kafo.web.library.FileResponses;
import org.kafo.web.security.CurrentCaller;

/**
 * The knowledge base: documents with their file. Anyone lists and reads what the visibility rule lets them
 * see; members and tenant admins deposit for their association (network admins for the network).
 */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MEMBER, Roles.TENANT_ADMIN, Roles.NETWORK_ADMIN})
public class DocumentResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Documents documents;

    @Inject
    Library library;

    @Inject
    StoredFiles files;

    /** A kind of document, with its French name. */
    public record KindJson(String code, String label) {
    }

    /** What PUT changes: everything but the file. {@code version} (optional) guards against a lost update. */
    public record DocumentUpdateJson(String title, String kind, String authorOrganisation, String date, String place,
                                 String language, List<String> themes, String sourceUrl, String visibility,
                                 Set<String> partnerTenants, Long version) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Les documents visibles, les plus récents d'abord",
            description = "Filtres : kind (type de document), year (année de publication). Le nombre total est dans l'en-tête X-Total-Count.")
    public Response list(@QueryParam("kind") String kind, @QueryParam("year") Integer year, @BeanParam Paging.Params page) {
        Paging paging = page.paging();
        DocumentFilter filter = new DocumentFilter(kind == null || kind.isBlank() ? null : DocumentKind.require(kind, "kind"), year);
        List<DocumentJson> items = documents.visible(caller.get(), filter, paging.first(), paging.max()).stream()
                .map(d -> DocumentJson.of(d, Library.mayChange(caller.get(), d))).toList();
        return Response.ok(items).header("X-Total-Count", documents.count(caller.get(), filter)).build();
    }

    @GET
    @Path("kinds")
    @PermitAll
    @Operation(summary = "Les types de document")
    public List<KindJson> kinds() {
        return Arrays.stream(DocumentKind.values()).map(k -> new KindJson(k.name(), k.label())).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Un document (404 s'il n'existe pas ou n'est pas visible)")
    public DocumentJson get(@PathParam("id") String id) {
        Document document = documents.find(caller.get(), Ids.parse(id));
        return DocumentJson.of(document, Library.mayChange(caller.get(), document));
    }

    @GET
    @Path("{id}/file")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Télécharger le fichier d'origine")
    public Response file(@PathParam("id") String id) {
        Document document = documents.find(caller.get(), Ids.parse(id));
        return Response.ok(library.fileBytes(caller.get(), document.id()), document.file().mediaType())
                .header("Content-Disposition", FileResponses.contentDisposition(document.file()))
                .header("ETag", FileResponses.etag(document.file()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Déposer un document (PDF, DOCX, ODT ou TXT)",
            description = "multipart/form-data : file (le fichier), title, kind, authorOrganisation, date (2008, 2014-03 ou "
                    + "2014-03-18), place, language (fr…), themes (répété ou séparé par des virgules), sourceUrl, visibility "
                    + "(PRIVATE par défaut, PARTNERS, NETWORK, PUBLIC), partnerTenants. Le même fichier déjà visible donne 409 "
                    + "avec existingDocument ; un fichier refusé ne laisse aucune trace.")
    @APIResponse(responseCode = "201", description = "Déposé ; Location donne son adresse")
    public Response deposit(List<EntityPart> parts) {
        Form form = Form.read(parts, files.limit());
        DocumentDetails details = DocumentDetails.of(form.one("title"), form.one("kind"), form.one("authorOrganisation"),
                form.one("date"), form.one("place"), form.one("language"), form.list("themes"), form.one("sourceUrl"));
        Document document = library.deposit(caller.get(), details, Visibility.parse(form.one("visibility")),
                Set.copyOf(form.list("partnerTenants")), form.file());
        return Response.created(URI.create("documents/" + document.id())).entity(DocumentJson.of(document, true)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Décrire autrement un document, ou changer qui le voit (le fichier ne change pas)")
    public DocumentJson describe(@PathParam("id") String id, DocumentUpdateJson update) {
        Bodies.required(update);
        DocumentDetails details = DocumentDetails.of(update.title(), update.kind(), update.authorOrganisation(), update.date(),
                update.place(), update.language(), update.themes(), update.sourceUrl());
        Document document = library.describe(caller.get(), Ids.parse(id), details, Visibility.parse(update.visibility()),
                update.partnerTenants() == null ? Set.of() : update.partnerTenants(), update.version());
        return DocumentJson.of(document, true);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Retirer un document et son fichier")
    @APIResponse(responseCode = "204", description = "Retiré")
    public Response withdraw(@PathParam("id") String id) {
        library.withdraw(caller.get(), Ids.parse(id));
        return Response.noContent().build();
    }
    /** The multipart form, read once: text fields, and the file under the size limit. */
    private record Form(List<EntityPart> parts, IncomingFile file) {

        static Form read(List<EntityPart> parts, org.kafo.domain.files.UploadLimit limit) {
            IncomingFile file = null;
            for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
                if (part.getName().equals("file") && file == null) {
                    String name = part.getFileName().orElse("document");
                    file = new IncomingFile(name, limit.read(name, part.getContent()));
                }
            }
            if (file == null) {
                throw DomainException.invalid("file", Message.of("file.part.missing"));
            }
            return new Form(parts, file);
        }

        String one(String name) {
            List<String> values = list(name);
            return values.isEmpty() ? null : String.join(", ", values);
        }

        /** Every value of a repeated field; commas separate values too (themes, partners). */
        List<String> list(String name) {
            List<String> values = new ArrayList<>();
            for (EntityPart part : parts) {
                if (part.getName().equals(name) && part.getFileName().isEmpty()) {
                    String value = text(part);
                    if (name.equals("themes") || name.equals("partnerTenants")) {
                        values.addAll(DocumentDetails.splitThemes(value));
                    } else if (!value.isBlank()) {
                        values.add(value);
                    }
                }
            }
            return values;
        }

        private static String text(EntityPart part) {
            try {
                return part.getContent(String.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
