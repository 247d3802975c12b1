package org.kafo.web.library;

import java.util.UUID;

/** The addresses of the knowledge base's pages, in one place (links in the API, the index, the pages). */
public final class DocumentPages {

    public static final String LIST = "/bibliotheque/";
    public static final String FILE_SERVLET = "/bibliotheque/fichier/";

    private DocumentPages() {
    }

    public static String page(UUID id) {
        return "/bibliotheque/document.xhtml?id=" + id;
    }

    public static String file(UUID id) {
        return FILE_SERVLET + id;
    }
}
