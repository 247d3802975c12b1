package org.kafo.domain.observatory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kafo.domain.alert.AlertKind;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.shared.Checks;

/**
 * Narrows the alerts a figure counts: one kind of return, one origin country, one region of arrival. Each is optional;
 * none means every alert of the period. The commitments of meetings are not alerts: filters leave them as they are.
 */
public record FigureFilter(AlertKind kind, String originCountry, String region) {

    public static final FigureFilter NONE = new FigureFilter(null, null, null);

    /** What was typed or sent, checked all at once; the region's existence is checked by the service (database). */
    public static FigureFilter parse(String kind, String originCountry, String region) {
        Checks checks = Checks.start();
        AlertKind k = checks.choice(AlertKind.class, "kind", "observatory.field.kind", kind, "observatory.kind.unknown").optional();
        String country = checks.country("origin", "observatory.field.origin", originCountry).optional();
        checks.throwIfAny();
        String r = region == null || region.isBlank() ? null : region.strip().toLowerCase(Locale.ROOT);
        return new FigureFilter(k, country, r);
    }

    public boolean any() {
        return kind != null || originCountry != null || region != null;
    }

    /** In French, for the page, the files and the report: "Convoi de refoulés, depuis l'Algérie, région de Gao". */
    public String label(String regionName) {
        List<String> parts = new ArrayList<>();
        if (kind != null) {
            parts.add(kind.label());
        }
        if (originCountry != null) {
            parts.add("pays d'origine : " + Countries.frenchName(originCountry));
        }
        if (region != null) {
            parts.add("région d'arrivée : " + (regionName == null ? region : regionName));
        }
        return String.join(", ", parts);
    }
}
