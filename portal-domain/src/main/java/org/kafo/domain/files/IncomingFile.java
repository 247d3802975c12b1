package org.kafo.domain.files;

import java.util.Locale;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/**
 * A file as it arrived, before anything is trusted: the name the person's device gave it and its bytes.
 * The declared media type is ignored on purpose: the real type is read from the bytes.
 */
public record IncomingFile(String originalName, byte[] bytes) {

    public static final int MAX_NAME_LENGTH = 255;

    public IncomingFile {
        if (bytes == null || bytes.length == 0) {
            throw DomainException.invalid("file", Message.of("file.empty"));
        }
        originalName = cleanName(originalName);
    }

    /** The extension of the name, lower case, without the dot; empty when there is none. */
    public String extension() {
        int dot = originalName.lastIndexOf('.');
        return dot < 0 ? "" : originalName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Keeps only the last path element (some browsers send "C:\\…\\rapport.pdf"), without control
     * characters, and no longer than a file system allows.
     */
    static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return "document";
        }
        return base.length() > MAX_NAME_LENGTH ? base.substring(base.length() - MAX_NAME_LENGTH) : base;
    }
}
