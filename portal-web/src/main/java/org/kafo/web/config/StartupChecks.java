package org.kafo.web.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The first thing the portal does ({@link DatabaseStartup}, before the database is touched): outside the run command's
 * embedded mode ({@code kafo.embedded}), refuse to start with a secret missing or of the demo
 * ({@link ProductionSettings}). Demo data, in that mode, is loaded only when {@code KAFO_DEMO=true} asks for it.
 */
final class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

    private StartupChecks() {
    }

    static void check() {
        Config config = ConfigProvider.getConfig();
        if (config.getOptionalValue("kafo.embedded", Boolean.class).orElse(false)) {
            LOG.info("Mode embarqué (commande de démonstration ou tests) : secrets de démonstration admis.");
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (String key : List.of("kafo.oidc.client-secret", "kafo.admin.client-secret", "kafo.db.password", "kafo.portal.url")) {
            values.put(key, config.getOptionalValue(key, String.class).orElse(null));
        }
        List<String> problems = ProductionSettings.problems(values);
        if (!problems.isEmpty()) {
            throw StartupFailure.stop("Configuration incomplète ou de démonstration :" + System.lineSeparator() + "  - "
                    + String.join(System.lineSeparator() + "  - ", problems), null);
        }
        if (config.getOptionalValue("kafo.demo", Boolean.class).orElse(false)) {
            LOG.warning("KAFO_DEMO=true : les données de démonstration seront chargées dans une base vide.");
        }
    }
}
