package org.kafo.domain.directory;

/**
 * The referral question as filters: "who gives {@code category} to {@code targetGroup} in {@code region} /
 * {@code city}", narrowed by kind of organisation and free text. Every part is optional.
 */
public record DirectoryFilter(String text, String category, String targetGroup, String region, String city, String kind) {

    public static final DirectoryFilter NONE = new DirectoryFilter(null, null, null, null, null, null);

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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
