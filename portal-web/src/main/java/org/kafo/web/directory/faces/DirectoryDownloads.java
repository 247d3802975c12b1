package org.kafo.web.directory.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.directory.DirectoryExports;
import org.kafo.web.security.CurrentCaller;

/**
 * The pages' downloads, as the signed-in user (the API takes bearer tokens only): the filtered list as
 * CSV ({@code /annuaire/export/annuaire.csv?category=…}) and the directory in HSDS 3.0.
 */
@WebServlet("/annuaire/export/*")
public class DirectoryDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller callers;

    @Inject
    transient DirectoryExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Caller caller = callers.get();
        try {
            switch (path) {
                case "/annuaire.csv" -> send(response, "text/csv;charset=UTF-8", "annuaire-kafo.csv",
                        exports.csv(caller, new DirectoryFilter(request.getParameter("q"), request.getParameter("category"),
                                request.getParameter("targetGroup"), request.getParameter("region"), request.getParameter("city"),
                                request.getParameter("kind"))));
                case "/annuaire.hsds.json" -> send(response, "application/json;charset=UTF-8", "annuaire-kafo.hsds.json",
                        exports.hsds(caller).toString());
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private static void send(HttpServletResponse response, String type, String name, String body) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
