package org.kafo.domain.proceedings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.kafo.domain.shared.Checks;

/** A recommendation as given: its theme, its text, and the actors of the directory it is addressed to. */
public record RecommendationInput(String theme, String text, List<UUID> addressees) {

    public static final int MAX_THEME = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_ADDRESSEES = 30;

    public static RecommendationInput of(String theme, String text, Collection<String> addressees) {
        Checks checks = Checks.start();
        String cleanTheme = checks.line("theme", "proceedings.field.recommendationTheme", theme).max(MAX_THEME).optional();
        String cleanText = checks.text("text", "proceedings.field.recommendationText", text).min(3).max(MAX_TEXT).required();
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        for (String id : addressees == null ? List.<String>of() : addressees) {
            UUID uuid = checks.id("addressees", "proceedings.field.addressee", id).optional();
            if (uuid != null) {
                ids.add(uuid);
            }
        }
        if (ids.size() > MAX_ADDRESSEES) {
            checks.error("addressees", "proceedings.recommendation.tooManyAddressees", MAX_ADDRESSEES);
        }
        checks.throwIfAny();
        return new RecommendationInput(cleanTheme, cleanText, new ArrayList<>(ids));
    }
}
