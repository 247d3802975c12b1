package org.kafo.web.observatory.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.observatory.Figures;
import org.kafo.domain.observatory.Observatory;
import org.kafo.domain.observatory.OwnRecords;
import org.kafo.domain.observatory.Period;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.api.Bodies;
import org.kafo.web.api.Roles;
import org.kafo.web.observatory.FigureFiles;
import org.kafo.web.observatory.ObservatoryRequest;
import org.kafo.web.observatory.YearlyReport;
import org.kafo.web.security.CurrentCaller;

/**
 * The returns observatory: the same figures as the page, for a scope ({@code own}, {@code network}, {@code public}), a
 * period ({@code 2025}, {@code 2025-T2}, {@code 2025-03}) and optional filters ({@code kind}, {@code origin},
 * {@code region}); JSON, or CSV when the client accepts {@code text/csv}. Public figures are open to anyone for the
 * periods the coordination published; the others need a token. Small cells are hidden as the figures say.
 */
@Path("statistics")
@PermitAll
public class StatisticsResource {

    static final String CSV = "text/csv;charset=UTF-8";

    @Inject
    CurrentCaller caller;

    @Inject
    ObservatoryRequest figures;

    @Inject
    Observatory observatory;

    @Inject
    OwnRecords own;

    @Inject
    FigureFiles files;

    @Inject
    YearlyReport report;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les chiffres d'une période (toutes les figures)",
            description = "scope : own (mon association), network (le réseau tel que je le vois), public (période publiée) ; "
                    + "period : 2025, 2025-T2 ou 2025-03 ; kind, origin (ISO 3166), region : filtres facultatifs.")
    public StatisticsJson all(@BeanParam StatisticsParams params) {
        Figures f = figures.figures(caller.get(), params.asked(), params.fresh());
        return StatisticsJson.of(f, f.tables());
    }

    @GET
    @Produces(CSV)
    @Operation(summary = "Les chiffres d'une période en CSV (une valeur par ligne), méthode et source à la fin")
    public Response allCsv(@BeanParam StatisticsParams params) {
        Caller who = caller.get();
        Figures f = figures.figures(who, params.asked(), params.fresh());
        return csv(files.all(f, figures.association(who)), FigureFiles.fileName(f, null, "csv"));
    }

    @GET
    @Path("figures/{figure}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Une figure : summary, by-month, by-origin, by-kind, by-point, by-region, people, vulnerabilities, "
            + "reception, timing, commitments")
    public StatisticsJson figure(@PathParam("figure") String id, @BeanParam StatisticsParams params) {
        Figures f = figures.figures(caller.get(), params.asked(), params.fresh());
        return StatisticsJson.of(f, List.of(f.table(id)));
    }

    @GET
    @Path("figures/{figure}")
    @Produces(CSV)
    @Operation(summary = "Une figure en CSV, méthode et source à la fin")
    public Response figureCsv(@PathParam("figure") String id, @BeanParam StatisticsParams params) {
        Caller who = caller.get();
        Figures f = figures.figures(who, params.asked(), params.fresh());
        return csv(files.figure(f, f.table(id), figures.association(who)), FigureFiles.fileName(f, id, "csv"));
    }

    @GET
    @Path("report")
    @Produces("application/pdf")
    @Operation(summary = "Le rapport de la période en PDF (français) : sources et méthode, graphiques, carte et tableaux")
    public Response yearlyReport(@BeanParam StatisticsParams params) {
        Caller who = caller.get();
        Figures f = figures.figures(who, params.asked(), params.fresh());
        return Response.ok(report.pdf(f, figures.association(who)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + FigureFiles.fileName(f, "rapport", "pdf") + "\"").build();
    }

    @GET
    @Path("own/alerts")
    @RolesAllowed({Roles.MEMBER, Roles.TENANT_ADMIN, Roles.NETWORK_ADMIN})
    @Produces(CSV)
    @Operation(summary = "Les alertes publiées par mon association pendant la période, en CSV (sans données personnelles ni texte libre)")
    public Response ownAlerts(@BeanParam StatisticsParams params) {
        Caller who = caller.get();
        Period period = figures.period(params.period);
        boolean demo = observatory.demonstration();
        return csv(files.ownAlerts(own.alerts(who, period), demo), FigureFiles.ownFileName("kafo-alertes", period, demo));
    }

    @GET
    @Path("own/reports")
    @RolesAllowed({Roles.MEMBER, Roles.TENANT_ADMIN, Roles.NETWORK_ADMIN})
    @Produces(CSV)
    @Operation(summary = "Les comptes rendus d'accueil de mon association pendant la période, en CSV (comptes et services, "
            + "jamais le texte des notes ni des orientations)")
    public Response ownReports(@BeanParam StatisticsParams params) {
        Caller who = caller.get();
        Period period = figures.period(params.period);
        boolean demo = observatory.demonstration();
        return csv(files.ownReports(own.reports(who, period), demo), FigureFiles.ownFileName("kafo-comptes-rendus", period, demo));
    }

    @GET
    @Path("publications")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Les périodes dont les chiffres sont publics, la plus récente d'abord")
    public List<StatisticsJson.PublicationJson> publications() {
        return observatory.publications().stream().map(StatisticsJson.PublicationJson::of).toList();
    }

    /** What a network administrator sends to publish: {@code {"period": "2025"}} (a closed year or quarter). */
    public record PublishJson(String period) {
    }

    @POST
    @Path("publications")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publier les chiffres du réseau d'une année ou d'un trimestre terminés (coordination du réseau)")
    public Response publish(PublishJson body) {
        Period period = Period.parse(Bodies.required(body).period());
        return Response.status(Response.Status.CREATED)
                .entity(StatisticsJson.PublicationJson.of(observatory.publish(caller.get(), period, Instant.now())))
                .build();
    }

    @DELETE
    @Path("publications/{period}")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Retirer du public les chiffres d'une période (coordination du réseau)")
    public Response withdraw(@PathParam("period") String period) {
        observatory.withdraw(caller.get(), Period.parse(period));
        return Response.noContent().build();
    }

    private static Response csv(String text, String name) {
        return Response.ok(text.getBytes(StandardCharsets.UTF_8), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
