package org.kafo.domain.directory;

import java.util.List;

/**
 * The nearest wider question that has answers, proposed when the referral question has none: "no service for women in
 * Gao, but {@code total} in all regions". {@code widened} names the parts of the first question it leaves open, in the
 * order said ({@link DirectoryFilter#widenings()}).
 */
public record WiderSearch(DirectoryFilter filter, List<DirectoryFilter.Part> widened, long total) {

    public WiderSearch {
        widened = List.copyOf(widened);
    }
}
