package org.kafo.domain.files;

import org.kafo.domain.shared.Message;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The formats Kafo accepts, each with its media type and the extensions that claim it. */
public enum FileFormat {
    PDF("application/pdf", "PDF", Set.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)", Set.of("docx")),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument (ODT)", Set.of("odt")),
    TXT("text/plain", "texte brut (TXT)", Set.of("txt", "text"));

    private final String mediaType;
    private final String label;
    private final Set<String> extensions;

    FileFormat(String mediaType, String label, Set<String> extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** How a French sentence names it. */
    public String label() {
        return label;
    }

    /** How a sentence names it, in the reader's language. */
    public Message named() {
        return Message.of("file.format." + name());
    }

    public static Optional<FileFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }

    /** The format a file name claims by its extension, if it claims one of ours. */
    public static Optional<FileFormat> claimedBy(String extension) {
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }
}
