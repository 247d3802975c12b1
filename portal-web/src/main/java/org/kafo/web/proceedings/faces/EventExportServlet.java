package org.kafo.web.proceedings.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.Events;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.input.Ids;
import org.kafo.web.proceedings.EventExports;
import org.kafo.web.proceedings.EventPages;
import org.kafo.web.security.CurrentCaller;

/**
 * The exports for the pages ({@code /rencontres/export/<id>/actes.pdf}, {@code …/rencontre.ics}): the browser's
 * session says who asks (the API never accepts session cookies). What one may not see is "not found".
 */
@WebServlet(EventPages.EXPORTS + "*")
public class EventExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    transient Events events;

    @Inject
    transient EventExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = (request.getPathInfo() == null ? "" : request.getPathInfo().substring(1)).split("/");
        Caller who = caller.get();
        Event event;
        try {
            if (path.length != 2 || !(path[1].equals("actes.pdf") || path[1].equals("rencontre.ics"))) {
                throw DomainException.notFound(Message.of("proceedings.export.unknown"));
            }
            event = events.find(who, Ids.parse(path[0]));
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-cache");
        byte[] bytes;
        if (path[1].equals("actes.pdf")) {
            bytes = exports.pdf(who, event.id());
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"actes-" + EventExports.slug(event) + ".pdf\"");
        } else {
            bytes = exports.ics(event).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/calendar; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + EventExports.slug(event) + ".ics\"");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
