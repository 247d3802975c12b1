package org.kafo.web.problem;

import java.util.Locale;

/**
 * A failure that is not a refusal of the domain but has its own answer (Keycloak unreachable: 503; too many streams:
 * 429): the API answers its problem, a page says its detail. Features' exceptions implement it, so that this package
 * knows none of them.
 */
public interface ProblemCause {

    /** The answer, said in {@code language}. */
    Problem problem(Locale language);
}
