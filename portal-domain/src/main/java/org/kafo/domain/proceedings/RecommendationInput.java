package org.kafo.domain.proceedings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** A recommendation as given: its theme, its text, and the actors of the directory it is addressed to. */
public record RecommendationInput(String theme, String text, List<UUID> addressees) {

    public static final int MAX_THEME = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_ADDRESSEES = 30;

    public static RecommendationInput of(String theme, String text, Collection<String> addressees) {
        Checks checks = new Checks();
        String cleanTheme = checks.optional("theme", theme, MAX_THEME, "Le thème");
        String cleanText = checks.required("text", text, 3, MAX_TEXT, "Le texte de la recommandation");
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        for (String id : addressees == null ? List.<String>of() : addressees) {
            UUID uuid = checks.uuid("addressees", id, "Destinataire");
            if (uuid != null) {
                ids.add(uuid);
            }
        }
        if (ids.size() > MAX_ADDRESSEES) {
            checks.error("addressees", MAX_ADDRESSEES + " destinataires au plus.");
        }
        checks.throwIfAny();
        return new RecommendationInput(cleanTheme, cleanText, new ArrayList<>(ids));
    }
}
