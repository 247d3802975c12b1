package org.kafo.web.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.kafo.domain.directory.DirectoryFilter;
import org.kafo.domain.directory.DirectoryFilter.Part;

/**
 * The referral question in an address, the same for the pages and the API: {@code q}, {@code category},
 * {@code targetGroup}, {@code region}, {@code city}, {@code kind}.
 */
public final class DirectoryAddress {

    private DirectoryAddress() {
    }

    /** The parameter that carries a part of the question. */
    public static String parameter(Part part) {
        return switch (part) {
            case TEXT -> "q";
            case CATEGORY -> "category";
            case TARGET_GROUP -> "targetGroup";
            case REGION -> "region";
            case CITY -> "city";
            case KIND -> "kind";
        };
    }

    /** The parts the question sets, by parameter, in the order of the form. */
    public static Map<String, String> parameters(DirectoryFilter filter) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Part part : new Part[] {Part.TEXT, Part.CATEGORY, Part.TARGET_GROUP, Part.REGION, Part.CITY, Part.KIND}) {
            if (filter.value(part) != null) {
                params.put(parameter(part), filter.value(part));
            }
        }
        return params;
    }

    /** The question as a query string ({@code category=psychosocial&targetGroup=femmes}), empty when it sets nothing. */
    public static String query(DirectoryFilter filter) {
        return parameters(filter).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
