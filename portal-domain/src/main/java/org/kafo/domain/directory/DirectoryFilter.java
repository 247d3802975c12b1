package org.kafo.domain.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The referral question as filters: "who gives {@code category} to {@code targetGroup} in {@code region} /
 * {@code city}", narrowed by kind of organisation and free text. Every part is optional.
 */
public record DirectoryFilter(String text, String category, String targetGroup, String region, String city, String kind) {

    public static final DirectoryFilter NONE = new DirectoryFilter(null, null, null, null, null, null);

    /** The parts of the question, in the order a list shows them; each can be taken away alone ({@link #without}). */
    public enum Part {
        CATEGORY, TARGET_GROUP, REGION, CITY, KIND, TEXT
    }

    /**
     * The order in which a question without answers is widened, nearest first: the place (the city, then the whole
     * region), then the target group, then the kind of organisation, then the words when a category still says what is
     * looked for. What is looked for (the category, or the words without a category) is never widened away.
     */
    static final List<Part> WIDENED_IN_ORDER = List.of(Part.CITY, Part.REGION, Part.TARGET_GROUP, Part.KIND, Part.TEXT);

    public DirectoryFilter {
        text = blankToNull(text);
        category = blankToNull(category);
        targetGroup = blankToNull(targetGroup);
        region = blankToNull(region);
        city = blankToNull(city);
        kind = blankToNull(kind);
    }

    public boolean aboutServices() {
        return category != null || targetGroup != null;
    }

    /** The value of a part, {@code null} when the question leaves it open. */
    public String value(Part part) {
        return switch (part) {
            case CATEGORY -> category;
            case TARGET_GROUP -> targetGroup;
            case REGION -> region;
            case CITY -> city;
            case KIND -> kind;
            case TEXT -> text;
        };
    }

    /** The parts the question sets, in {@link Part}'s order. */
    public List<Part> parts() {
        return EnumSet.allOf(Part.class).stream().filter(p -> value(p) != null).toList();
    }

    /** The same question without these parts, the others as they are. */
    public DirectoryFilter without(Set<Part> parts) {
        return new DirectoryFilter(parts.contains(Part.TEXT) ? null : text, parts.contains(Part.CATEGORY) ? null : category,
                parts.contains(Part.TARGET_GROUP) ? null : targetGroup, parts.contains(Part.REGION) ? null : region,
                parts.contains(Part.CITY) ? null : city, parts.contains(Part.KIND) ? null : kind);
    }

    /**
     * The wider questions to try when this one has no answer, nearest first: fewer parts widened before more, and among
     * as many, in {@link #WIDENED_IN_ORDER}. Each is given with the parts it widens (the region's city with the region).
     */
    List<Widening> widenings() {
        List<Part> open = WIDENED_IN_ORDER.stream().filter(p -> value(p) != null)
                .filter(p -> p != Part.TEXT || category != null).toList();
        List<Widening> all = new ArrayList<>();
        for (int set = 1; set < 1 << open.size(); set++) {
            EnumSet<Part> widened = EnumSet.noneOf(Part.class);
            for (int i = 0; i < open.size(); i++) {
                if ((set & 1 << i) != 0) {
                    widened.add(open.get(i));
                }
            }
            if (widened.contains(Part.REGION) && widened.contains(Part.CITY)) {
                continue; // the same as the region alone, which takes its city with it
            }
            List<Part> said = new ArrayList<>(open.stream().filter(widened::contains).toList());
            EnumSet<Part> left = EnumSet.copyOf(widened);
            if (widened.contains(Part.REGION) && city != null) {
                // a city of another region is no wider: every region means every city
                said.add(said.indexOf(Part.REGION) + 1, Part.CITY);
                left.add(Part.CITY);
            }
            all.add(new Widening(without(left), List.copyOf(said), rank(widened, open)));
        }
        all.sort(Comparator.comparingInt(Widening::rank));
        return all;
    }

    /** Fewer parts first, then the nearer ones: a number that sorts the sets as {@link #widenings()} says. */
    private static int rank(Set<Part> widened, List<Part> open) {
        int bits = 0;
        for (Part p : widened) {
            bits |= 1 << open.indexOf(p); // the nearest part weighs least
        }
        return widened.size() << 16 | bits;
    }

    /** A wider question and what it widens (the parts of the first question it leaves open). */
    record Widening(DirectoryFilter filter, List<Part> widened, int rank) {
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
