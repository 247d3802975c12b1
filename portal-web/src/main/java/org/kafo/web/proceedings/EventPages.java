package org.kafo.web.proceedings;

import java.util.UUID;
import org.kafo.domain.shared.DomainException;

/** The addresses of the proceedings' pages and exports, in one place (API links, the index, the pages). */
public final class EventPages {

    public static final String LIST = "/rencontres/";
    public static final String FOLLOW_UP = "/rencontres/engagements.xhtml";
    public static final String EXPORTS = "/rencontres/export/";

    private EventPages() {
    }

    public static String page(UUID id) {
        return "/rencontres/rencontre.xhtml?id=" + id;
    }

    public static String pdf(UUID id) {
        return EXPORTS + id + "/actes.pdf";
    }

    public static String ics(UUID id) {
        return EXPORTS + id + "/rencontre.ics";
    }

    /** A malformed id is simply something that does not exist. */
    static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.notFound(what + " introuvable.");
        }
    }
}
