package org.kafo.web.alert.push;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kafo.web.security.CurrentCaller;

/** {@code /api/v1/alerts/stream}: the alerts' server-sent-event stream ({@link AlertStream}), for anyone, as they may see. */
@Path("alerts/stream")
@PermitAll
public class AlertStreamResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AlertStream stream;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Flux d'événements (server-sent events) des alertes visibles : « event: alert », données JSON",
            description = "Fermé, après un dernier « event: closed » qui dit pourquoi, à l'expiration du jeton d'accès, quand le compte "
                    + "est désactivé ou son association suspendue. Au plus KAFO_ALERT_STREAM_MAX_PER_CALLER flux ouverts par compte "
                    + "(par adresse sans compte) : 429 au-delà.")
    public void stream(@Context SseEventSink sink, @Context Sse sse, @Context HttpServletRequest request) {
        stream.subscribe(sink, sse, caller.get(), caller.validUntil(), request.getRemoteAddr());
    }
}
