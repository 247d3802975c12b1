package org.kafo.domain.directory;

import java.util.List;

/** One page of a list, and how many there are in all. */
public record Page<T>(List<T> items, long total, int first, int max) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return first + items.size() < total;
    }
}
