package org.kafo.web.alert.push;

import java.util.Locale;
import org.kafo.domain.shared.Message;
import org.kafo.web.problem.Problem;
import org.kafo.web.problem.ProblemCause;

/** A caller asked for one event stream more than {@code KAFO_ALERT_STREAM_MAX_PER_CALLER}: answered 429. */
public class TooManyStreams extends RuntimeException implements ProblemCause {

    private static final long serialVersionUID = 1L;

    private final Message reason;

    TooManyStreams(int max, int heartbeatSeconds) {
        this(Message.of("problem.tooManyStreams", max, heartbeatSeconds));
    }

    private TooManyStreams(Message reason) {
        super(reason.french());
        this.reason = reason;
    }

    @Override
    public Problem problem(Locale language) {
        return Problem.said(429, "too-many-streams", "problem.title.tooManyStreams", reason, language);
    }
}
