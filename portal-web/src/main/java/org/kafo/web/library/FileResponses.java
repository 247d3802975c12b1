package org.kafo.web.library;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.kafo.domain.files.StoredFile;

/** How a kept file is handed back, the same from the API and from the pages. */
public final class FileResponses {

    private FileResponses() {
    }

    /**
     * An attachment under its original name: an ASCII fallback plus the UTF-8 form (RFC 6266), so that
     * "Déclaration de Bamako.pdf" keeps its accents and no name can break the header.
     */
    public static String contentDisposition(StoredFile file) {
        String name = file.originalName();
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The checksum doubles as a strong validator: a file never changes once kept. */
    public static String etag(StoredFile file) {
        return "\"" + file.sha256() + "\"";
    }
}
