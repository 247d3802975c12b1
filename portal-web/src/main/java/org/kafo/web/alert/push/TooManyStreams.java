package org.kafo.web.alert.push;

import org.kafo.web.problem.Problem;
import org.kafo.web.problem.ProblemCause;

/** A caller asked for one event stream more than {@code KAFO_ALERT_STREAM_MAX_PER_CALLER}: answered 429. */
public class TooManyStreams extends RuntimeException implements ProblemCause {

    private static final long serialVersionUID = 1L;

    TooManyStreams(int max, int heartbeatSeconds) {
        super("Vous avez déjà " + max + " flux d'alertes ouverts, le plus permis pour un même compte : fermez-en un avant d'en "
                + "ouvrir un autre. Un flux fermé sans prévenir est libéré dans les " + heartbeatSeconds + " secondes.");
    }

    @Override
    public Problem problem() {
        return Problem.of(429, "too-many-streams", "Trop de flux ouverts", getMessage());
    }
}
