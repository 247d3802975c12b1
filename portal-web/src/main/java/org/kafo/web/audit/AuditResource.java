package org.kafo.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.domain.audit.AuditLine;
import org.kafo.domain.audit.AuditLog;
import org.kafo.web.api.Paging;
import org.kafo.web.api.Roles;
import org.kafo.web.security.CurrentCaller;

/**
 * The audit log: all of it for the network admins, its own association's part for a tenant admin; each entry in full
 * only when it is about a record the caller may see (ids only otherwise, see {@link AuditLine}).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NETWORK_ADMIN, Roles.TENANT_ADMIN})
public class AuditResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog auditLog;

    /**
     * An entry as the caller is shown it ({@link AuditLine}): {@code restricted} when it is about a record the caller may
     * not see, with its ids only ({@code actor} and {@code detail} absent).
     */
    public record AuditJson(long id, Instant at, String actor, String actorTenant, String action, String targetType,
                            String targetId, String targetTenant, boolean sensitiveRead, String detail, boolean restricted) {
        static AuditJson of(AuditLine e) {
            return new AuditJson(e.id(), e.at(), e.actor(), e.actorTenant(), e.action(), e.targetType(),
                    e.targetId(), e.targetTenant(), e.sensitiveRead(), e.detail(), e.restricted());
        }
    }

    @GET
    @Operation(summary = "Le journal d'audit visible par l'appelant, le plus récent d'abord",
            description = "Une entrée sur une fiche que l'appelant ne peut pas voir (celle d'une autre association) n'est donnée "
                    + "qu'avec ses identifiants : « restricted » vaut true, sans « actor » (sauf de sa propre association) ni « detail ».")
    public List<AuditJson> list(@QueryParam("targetType") String targetType,
                                @QueryParam("targetId") String targetId,
                                @BeanParam Paging.Params page) {
        Paging paging = page.paging();
        return auditLog.readableBy(caller.get(), targetType, targetId, paging.first(), paging.max()).stream()
                .map(AuditJson::of).toList();
    }
}
