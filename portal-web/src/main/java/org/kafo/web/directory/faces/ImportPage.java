package org.kafo.web.directory.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kafo.domain.directory.DirectoryRule;
import org.kafo.domain.directory.HsdsImport;
import org.kafo.domain.shared.DomainException;
import org.kafo.web.faces.PageMessages;
import org.kafo.web.security.CurrentCaller;

/** The network admins import an HSDS 3.0 file here ({@code /annuaire/gestion/import.xhtml}): all or nothing. */
@Named
@RequestScoped
public class ImportPage {

    @Inject
    CurrentCaller caller;

    @Inject
    HsdsImport hsdsImport;

    @Inject
    @ConfigProperty(name = "kafo.directory.import-max-bytes", defaultValue = "5242880")
    long maxBytes;

    private Part file;
    private HsdsImport.Report report;

    public void check() throws IOException {
        if (!DirectoryRule.canImport(caller.get())) {
            PageMessages.sendError(404);
        }
    }

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            PageMessages.error(PageMessages.text("directory.import.noFile"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = hsdsImport.importFile(caller.get(), in, maxBytes);
        } catch (DomainException e) {
            PageMessages.refused(e);
        }
    }

    public long getMaxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    public HsdsImport.Report getReport() {
        return report;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
