package org.kafo.web.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.HsdsImport;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.web.demo.DemoDataSet;

/**
 * The demo directory: the real actors the sources name, with the services the sources say they give,
 * among them the entries of the four demo tenants. It is an HSDS file ({@code demo/directory.hsds.json}),
 * loaded through the import, so the demo also shows the import at work. Phone numbers are fictitious.
 */
@ApplicationScoped
public class DemoDirectory implements DemoDataSet {

    static final String RESOURCE = "/demo/directory.hsds.json";
    private static final Caller LOADER = new Caller("kafo-demo", "demo", "Données de démonstration", null, null,
            Set.of(Role.NETWORK_ADMIN));

    @Inject
    HsdsImport hsdsImport;

    @Inject
    Organizations organizations;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean present() {
        return organizations.organizations(LOADER, DirectoryFilter.NONE, 0, 1).total() > 0;
    }

    @Override
    public void load() {
        try (InputStream in = DemoDirectory.class.getResourceAsStream(RESOURCE)) {
            hsdsImport.importFile(LOADER, in, Long.MAX_VALUE / 2);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
