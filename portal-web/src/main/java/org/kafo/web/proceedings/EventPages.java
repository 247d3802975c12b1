package org.kafo.web.proceedings;

import java.util.UUID;

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
}
