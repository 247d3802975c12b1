package org.kafo.web.indexing;

import java.time.Duration;
import java.time.Instant;
import java.util.TreeMap;

/**
 * How far the index has caught up with the outbox: every row at or below {@link #value()} has been
 * applied. Identity values are handed out before commit, so rows may become visible out of order; a row
 * above the watermark is remembered as applied until the rows below it arrive, and a missing row (an
 * insert that rolled back) is given up after a timeout.
 */
final class Watermark {

    private final Duration gapTimeout;
    /** Applied rows above the watermark, with when they were written. */
    private final TreeMap<Long, Instant> appliedAbove = new TreeMap<>();
    private volatile long value;

    Watermark(long start, Duration gapTimeout) {
        this.value = start;
        this.gapTimeout = gapTimeout;
    }

    long value() {
        return value;
    }

    /** Whether the row still has to be applied (false when it was, since the last reset). */
    boolean needs(long rowId) {
        return rowId > value && !appliedAbove.containsKey(rowId);
    }

    /** Records an applied row, then moves the watermark as far as it can. */
    void applied(long rowId, Instant writtenAt) {
        if (rowId > value) {
            appliedAbove.put(rowId, writtenAt);
        }
    }

    /** Moves over every applied row that follows without a gap, or over a gap older than the timeout. */
    void advance(Instant now) {
        while (!appliedAbove.isEmpty()) {
            var next = appliedAbove.firstEntry();
            if (next.getKey() == value + 1 || next.getValue().isBefore(now.minus(gapTimeout))) {
                value = next.getKey();
                appliedAbove.pollFirstEntry();
            } else {
                return;
            }
        }
    }

    /** After a rebuild: everything up to {@code start} is in the index. */
    void reset(long start) {
        appliedAbove.clear();
        value = start;
    }
}
