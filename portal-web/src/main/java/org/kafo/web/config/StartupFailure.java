package org.kafo.web.config;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A start that must not go on (a secret missing, a migration that cannot be applied): the reason goes to the log in
 * plain words, and the process ends, so that systemd, an operator or a test sees the start fail. Payara Micro would
 * otherwise keep running without the application and answer 404s.
 */
public final class StartupFailure {

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());
    /** The exit status of a refused start (systemd shows it). */
    public static final int EXIT_STATUS = 3;

    private StartupFailure() {
    }

    /** Logs {@code reason}, ends the process shortly after (the deployment fails first), and throws to stop this start. */
    public static IllegalStateException stop(String reason, Throwable cause) {
        String banner = System.lineSeparator() + "=== Kafo ne démarre pas / Kafo does not start ===" + System.lineSeparator()
                + reason + System.lineSeparator() + "===";
        LOG.log(Level.SEVERE, banner, cause);
        if (Boolean.parseBoolean(System.getProperty("kafo.exit-on-startup-failure", "true"))) {
            Thread exit = new Thread(() -> {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.exit(EXIT_STATUS);
            }, "kafo-startup-failure");
            exit.setDaemon(false);
            exit.start();
        }
        return new IllegalStateException(reason, cause);
    }
}
