package org.kafo.web.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.alert.AlertSubscription;
import org.kafo.domain.alert.AlertSubscriptions;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.web.api.Roles;
import org.kafo.web.input.Ids;
import org.kafo.web.security.CurrentCaller;

/** The caller's own e-mail subscriptions to alerts, by arrival point or region. */
@Path("alert-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NETWORK_ADMIN, Roles.TENANT_ADMIN, Roles.MEMBER, Roles.OBSERVER})
public class AlertSubscriptionResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AlertSubscriptions subscriptions;

    @JsonbNillable
    /** A subscription, and the address the e-mails go to: the account's own, as it is at each e-mail. */
    public record SubscriptionJson(UUID id, String arrivalPoint, String region, String email, Instant createdAt) {
        static SubscriptionJson of(AlertSubscription s, String email) {
            return new SubscriptionJson(s.id(), s.arrivalPoint(), s.region(), email, s.createdAt());
        }
    }

    public record SubscriptionInputJson(String arrivalPoint, String region) {
    }

    @GET
    @Operation(summary = "Mes abonnements aux alertes par courriel")
    public List<SubscriptionJson> mine() {
        return subscriptions.mine(caller.get()).stream().map(s -> SubscriptionJson.of(s, caller.get().email())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "M'abonner aux alertes d'un point d'arrivée ou d'une région")
    public Response subscribe(SubscriptionInputJson request) {
        if (request == null) {
            throw DomainException.invalid("arrivalPoint", Message.of("alert.subscription.pointOrRegion"));
        }
        return Response.status(Response.Status.CREATED)
                .entity(SubscriptionJson.of(subscriptions.subscribe(caller.get(), request.arrivalPoint(), request.region()), caller.get().email())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Me désabonner")
    public Response unsubscribe(@PathParam("id") String id) {
        subscriptions.unsubscribe(caller.get(), Ids.parse(id));
        return Response.noContent().build();
    }
}
