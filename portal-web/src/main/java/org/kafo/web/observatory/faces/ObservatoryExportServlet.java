package org.kafo.web.observatory.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kafo.domain.observatory.Figures;
import org.kafo.domain.observatory.Observatory;
import org.kafo.domain.observatory.OwnRecords;
import org.kafo.domain.observatory.Period;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Caller;
import org.kafo.web.observatory.FigureFiles;
import org.kafo.web.observatory.ObservatoryRequest;
import org.kafo.web.observatory.YearlyReport;
import org.kafo.web.security.CurrentCaller;

/**
 * The page's downloads, as the browser's session says who asks (the API takes bearer tokens only), with the page's own
 * query: {@code /observatoire/export/figures.csv} (every figure), {@code …/<figure>.csv}, {@code …/rapport.pdf},
 * {@code …/mes-alertes.csv} and {@code …/mes-comptes-rendus.csv}. A refusal answers with its status and French message.
 */
@WebServlet("/observatoire/export/*")
public class ObservatoryExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentCaller caller;

    @Inject
    transient ObservatoryRequest figures;

    @Inject
    transient Observatory observatory;

    @Inject
    transient OwnRecords own;

    @Inject
    transient FigureFiles files;

    @Inject
    transient YearlyReport report;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Caller who = caller.get();
        response.setHeader("Cache-Control", "private, no-store");
        try {
            if (file.equals("mes-alertes.csv") || file.equals("mes-comptes-rendus.csv")) {
                Period period = figures.period(request.getParameter("period"));
                boolean demo = observatory.demonstration();
                String text = file.equals("mes-alertes.csv") ? files.ownAlerts(own.alerts(who, period), demo)
                        : files.ownReports(own.reports(who, period), demo);
                send(response, "text/csv;charset=UTF-8", FigureFiles.ownFileName(file.replace(".csv", ""), period, demo),
                        text.getBytes(StandardCharsets.UTF_8));
                return;
            }
            Figures f = figures.figures(who, new ObservatoryRequest.Asked(request.getParameter("scope"), request.getParameter("period"),
                    request.getParameter("kind"), request.getParameter("origin"), request.getParameter("region")));
            String association = figures.association(who);
            if (file.equals("rapport.pdf")) {
                send(response, "application/pdf", FigureFiles.fileName(f, "rapport", "pdf"), report.pdf(f, association));
            } else if (file.equals("figures.csv")) {
                send(response, "text/csv;charset=UTF-8", FigureFiles.fileName(f, null, "csv"),
                        files.all(f, association).getBytes(StandardCharsets.UTF_8));
            } else if (file.endsWith(".csv")) {
                String id = file.substring(0, file.length() - 4);
                send(response, "text/csv;charset=UTF-8", FigureFiles.fileName(f, id, "csv"),
                        files.figure(f, f.table(id), association).getBytes(StandardCharsets.UTF_8));
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DomainException e) {
            response.sendError(switch (e.kind()) {
                case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
                case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
                case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
                case CONFLICT -> HttpServletResponse.SC_CONFLICT;
            }, e.getMessage());
        }
    }

    private static void send(HttpServletResponse response, String type, String name, byte[] body) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
