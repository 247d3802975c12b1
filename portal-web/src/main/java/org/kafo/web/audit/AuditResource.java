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
import org.kafo.domain.audit.AuditEntry;
import org.kafo.domain.audit.AuditLog;
import org.kafo.web.api.Paging;
import org.kafo.web.api.Roles;
import org.kafo.web.security.CurrentCaller;

/** The audit log: all of it for the network admins, its own association's part for a tenant admin. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NETWORK_ADMIN, Roles.TENANT_ADMIN})
public class AuditResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog auditLog;

    public record AuditView(long id, Instant at, String actor, String actorTenant, String action, String targetType,
                            String targetId, String targetTenant, boolean sensitiveRead, String detail) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.id(), e.at(), e.actorName(), e.actorTenant(), e.action(), e.targetType(),
                    e.targetId(), e.targetTenant(), e.sensitiveRead(), e.detail());
        }
    }

    @GET
    @Operation(summary = "Le journal d'audit visible par l'appelant, le plus récent d'abord")
    public List<AuditView> list(@QueryParam("targetType") String targetType,
                                @QueryParam("targetId") String targetId,
                                @BeanParam Paging.Params page) {
        Paging paging = page.paging();
        return auditLog.readableBy(caller.get(), targetType, targetId, paging.first(), paging.max()).stream()
                .map(AuditView::of).toList();
    }
}
