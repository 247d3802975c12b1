package org.kafo.domain.observatory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/**
 * Small-cell suppression, the way statistics offices protect the people behind a table:
 *
 * <ol>
 * <li><b>Small cells.</b> A count from 1 to {@code threshold - 1} is hidden (a count of none reveals nobody).</li>
 * <li><b>Complementary cells.</b> A total and its parts are one equation: when exactly one of its numbers is hidden,
 * the others give it away by subtraction (a shown total and all its parts but one; or a hidden total whose parts are all
 * shown). So another is hidden too: the smallest shown part that is not zero, or, when there is none, the total (which,
 * one level up, may call for another cell in turn).</li>
 * <li><b>The same number in two places</b> (the total of alerts in the overview and under each breakdown) is hidden in
 * both or in neither.</li>
 * </ol>
 * The steps repeat until nothing changes. Rows of a breakdown and their total form a group; a region's arrival points
 * and the region form another (the region is their total), so hiding works across the two tables.
 */
public final class Suppression {

    /** The threshold when the operator sets none: cells under 5 are hidden. */
    public static final int DEFAULT_THRESHOLD = 5;
    /** Beyond this, tables would be mostly holes: a threshold above is a configuration mistake. */
    public static final int MAX_THRESHOLD = 100;

    /** A cell of a figure: its table, its row ({@link #TOTAL} for the total row), its column. */
    public record Address(String table, String row, int column) {
    }

    /** The key of a table's total row in an {@link Address}. */
    public static final String TOTAL = "*total*";

    /** Cells whose sum is shown as {@code total}. */
    public record Group(Address total, List<Address> parts) {
    }

    private final int threshold;

    public Suppression(int threshold) {
        if (threshold < 1 || threshold > MAX_THRESHOLD) {
            throw DomainException.invalid("threshold", Message.of("observatory.threshold.range", MAX_THRESHOLD));
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** Whether a count alone must be hidden. */
    public boolean small(long count) {
        return count > 0 && count < threshold;
    }

    /**
     * The cells to hide among {@code counts}, and why: small ones first, then those that would reveal them through
     * {@code groups} (totals) and {@code links} (the same number shown twice). Deterministic: ties go to the cell listed
     * first.
     */
    public Map<Address, Cell.Hidden> hide(Map<Address, Long> counts, List<Group> groups, List<Set<Address>> links) {
        Map<Address, Cell.Hidden> hidden = new LinkedHashMap<>();
        counts.forEach((address, count) -> {
            if (small(count)) {
                hidden.put(address, Cell.Hidden.SMALL);
            }
        });
        Map<Address, Set<Address>> linked = new HashMap<>();
        links.forEach(set -> set.forEach(a -> linked.computeIfAbsent(a, k -> new java.util.HashSet<>()).addAll(set)));
        boolean changed = !hidden.isEmpty();
        while (changed) {
            changed = false;
            for (Address a : new ArrayList<>(hidden.keySet())) {
                for (Address same : linked.getOrDefault(a, Set.of())) {
                    changed |= hidden.putIfAbsent(same, Cell.Hidden.COMPLEMENTARY) == null;
                }
            }
            for (Group group : groups) {
                long hiddenMembers = group.parts().stream().filter(hidden::containsKey).count()
                        + (hidden.containsKey(group.total()) ? 1 : 0);
                if (hiddenMembers != 1) {
                    continue;
                }
                Optional<Address> next = group.parts().stream()
                        .filter(p -> !hidden.containsKey(p) && counts.getOrDefault(p, 0L) > 0)
                        .min(Comparator.comparingLong(counts::get));
                Address also = next.orElse(group.total());
                if (!hidden.containsKey(also)) {
                    hidden.put(also, Cell.Hidden.COMPLEMENTARY);
                    changed = true;
                }
            }
        }
        return hidden;
    }
}
