package org.kafo.domain.observatory;

/**
 * One number of a figure, or the mark that it is hidden. A hidden cell carries no value at all, so that nothing
 * downstream (page, CSV, PDF, API) can show it by mistake.
 *
 * @param value  a count ({@code Long}), a median ({@code Double}), or {@code null} when hidden or not applicable
 * @param hidden why it is hidden, or {@code null} when shown
 */
public record Cell(Number value, Hidden hidden) {

    /** Why a cell is hidden. */
    public enum Hidden {
        /** It counts fewer than the threshold (but more than none). */
        SMALL,
        /** It would let someone work out a small cell from a total (complementary suppression). */
        COMPLEMENTARY
    }

    public Cell {
        if (hidden != null) {
            value = null;
        }
    }

    public static Cell of(Number value) {
        return new Cell(value, null);
    }

    /** Not applicable (a referral has no people count): shown as a dash. */
    public static Cell none() {
        return new Cell(null, null);
    }

    public boolean shown() {
        return hidden == null;
    }
}
