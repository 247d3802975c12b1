package org.kafo.web.it.isolation;

import java.util.List;

/**
 * A feature's cases in the isolation matrix. Each feature adds one implementation and names it in
 * {@code src/test/resources/META-INF/services/org.kafo.web.it.isolation.IsolationCases}; the matrix
 * runs them all. Cases may create the records they need first (through the API, as their owners).
 */
public interface IsolationCases {

    /** The feature, as the report groups cases. */
    String feature();

    List<IsolationCase> cases();
}
