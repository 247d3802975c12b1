package org.kafo.web.partner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenant.PartnerApplication;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.web.api.Roles;
import org.kafo.web.partner.Onboarding;
import org.kafo.web.security.CurrentCaller;

/** The partner associations, as the network's coordination onboards, suspends and reactivates them. */
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NETWORK_ADMIN)
public class PartnerResource {

    @Inject
    CurrentCaller caller;

    @Inject
    TenantRegistry tenants;

    @Inject
    Onboarding onboarding;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    public record PartnerJson(String alias, String name, String acronym, String country, String city, String kind,
                              String contactEmail, String status, Instant createdAt, Instant statusChangedAt) {
        static PartnerJson of(Tenant t) {
            return new PartnerJson(t.alias(), t.name(), t.acronym(), t.country(), t.city(),
                    t.kind() == null ? null : t.kind().code(), t.contactEmail(), t.status().name(), t.createdAt(), t.statusChangedAt());
        }
    }

    /** A new partner and the person who will administer it; {@code alias} may be left out (derived from the acronym or name). */
    public record OnboardInputJson(String alias, String name, String acronym, String country, String city, String kind,
                                 String contactEmail, String adminEmail, String adminFirstName, String adminLastName) {
    }

    public record OnboardedJson(PartnerJson partner, String adminId, String adminEmail, boolean invitationSent) {
    }

    @GET
    @Operation(summary = "Les associations partenaires, avec leur statut (coordination du réseau)")
    public List<PartnerJson> list() {
        return tenants.all().stream().map(PartnerJson::of).toList();
    }

    @GET
    @Path("{alias}")
    @Operation(summary = "Une association partenaire (coordination du réseau)")
    public PartnerJson get(@PathParam("alias") String alias) {
        return PartnerJson.of(tenants.require(alias));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accueillir une association partenaire",
            description = "Crée l'organisation Keycloak, l'association dans le portail et sa fiche d'annuaire, puis invite par "
                    + "courriel sa première personne administratrice. Tout ou rien : en cas d'échec, rien n'est créé "
                    + "(un nouvel essai avec le même identifiant est sûr). 503 si Keycloak ne répond pas.")
    public Response onboard(OnboardInputJson request) {
        if (request == null) {
            throw DomainException.invalid("name", Message.of("partner.application.missing"));
        }
        PartnerApplication application = PartnerApplication.of(request.alias(), request.name(), request.acronym(), request.country(),
                request.city(), request.kind(), request.contactEmail(), request.adminEmail(), request.adminFirstName(),
                request.adminLastName());
        Onboarding.Onboarded done = onboarding.onboard(caller.get(), application);
        return Response.created(uri.getAbsolutePathBuilder().path(done.tenant().alias()).build())
                .entity(new OnboardedJson(PartnerJson.of(done.tenant()), done.adminId(), done.adminEmail(), done.invitationSent()))
                .build();
    }

    @POST
    @Path("{alias}/suspend")
    @Operation(summary = "Suspendre une association : ses membres ne peuvent plus se connecter ni publier ; rien n'est supprimé")
    public PartnerJson suspend(@PathParam("alias") String alias) {
        return PartnerJson.of(onboarding.suspend(caller.get(), alias));
    }

    @POST
    @Path("{alias}/reactivate")
    @Operation(summary = "Réactiver une association suspendue")
    public PartnerJson reactivate(@PathParam("alias") String alias) {
        return PartnerJson.of(onboarding.reactivate(caller.get(), alias));
    }
}
