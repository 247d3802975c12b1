package org.kafo.web.directory.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.directory.HsdsImport;
import org.kafo.web.api.Roles;
import org.kafo.web.directory.DirectoryExports;
import org.kafo.web.security.CurrentCaller;

/**
 * The directory in Open Referral HSDS 3.0 (export and all-or-nothing import) and a filtered list as CSV.
 */
@Path("directory")
public class DirectoryExchangeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    DirectoryExports exports;

    @Inject
    HsdsImport hsdsImport;

    @Inject
    @ConfigProperty(name = "kafo.directory.import-max-bytes", defaultValue = "5242880")
    long importMaxBytes;

    @GET
    @Path("hsds")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "L'annuaire visible par l'appelant au format Open Referral HSDS 3.0 (JSON)")
    public Response exportHsds() {
        return Response.ok(exports.hsds(caller.get()).toString())
                .header("Content-Disposition", "attachment; filename=\"annuaire-kafo.hsds.json\"").build();
    }

    @POST
    @Path("hsds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Importer un fichier HSDS 3.0 (tout ou rien ; taille limitée par KAFO_DIRECTORY_IMPORT_MAX_BYTES)")
    public HsdsImport.Report importHsds(InputStream file) {
        try {
            return hsdsImport.importFile(caller.get(), file, importMaxBytes);
        } finally {
            drain(file, 10 * importMaxBytes);
        }
    }

    @GET
    @Path("services.csv")
    @Produces("text/csv;charset=UTF-8")
    @PermitAll
    @Operation(summary = "Les services filtrés (mêmes filtres que /services) en CSV (séparateur ;)")
    public Response csv(@BeanParam FilterParams filter) {
        return Response.ok(exports.csv(caller.get(), filter.filter()))
                .header("Content-Disposition", "attachment; filename=\"annuaire-kafo.csv\"").build();
    }

    /** Reads what a refused file still sends (up to a limit), so that the client hears the answer. */
    private static void drain(InputStream in, long limit) {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try {
            for (int n = in.read(buffer); n >= 0 && read < limit; n = in.read(buffer)) {
                read += n;
            }
        } catch (java.io.IOException e) {
            // the client went away: nothing more to say to it
        }
    }
}
