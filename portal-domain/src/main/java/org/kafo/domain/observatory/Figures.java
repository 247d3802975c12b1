package org.kafo.domain.observatory;

import java.time.Instant;
import java.util.List;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/**
 * The figures of one period, as one caller may have them: every table, and what a reader must know to use them.
 *
 * @param filterLabel   the filter in French, or empty
 * @param suppressed    whether small cells and those that would reveal them are hidden (cross-association and public)
 * @param threshold     the smallest count shown when {@code suppressed}
 * @param demonstration the database holds the demonstration data set: every page and file says so
 * @param publication   for public figures, when and by whom the period was published
 */
public record Figures(Scope scope, Period period, FigureFilter filter, String filterLabel, boolean suppressed, int threshold,
                      boolean demonstration, Instant computedAt, Publication publication, List<FigureTable> tables) {

    public Figures {
        tables = List.copyOf(tables);
    }

    /** The table of that id ({@code by-month}…), as a page, a file or a client names it; not found when there is none. */
    public FigureTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> DomainException.notFound(Message.of("observatory.figure.unknown", id,
                        String.join(", ", tables.stream().map(FigureTable::id).toList()))));
    }

    /** Whether any cell of any table is hidden. */
    public boolean anyHidden() {
        return tables.stream().anyMatch(FigureTable::anyHidden);
    }
}
