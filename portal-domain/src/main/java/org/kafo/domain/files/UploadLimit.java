package org.kafo.domain.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/**
 * The one size limit of uploaded files ({@code KAFO_MAX_UPLOAD_MB}, 20 MB by default). Reading through it
 * stops one byte past the limit, so an oversize upload is refused without being held in memory whole.
 */
public record UploadLimit(long maxBytes) {

    public static final int DEFAULT_MEGABYTES = 20;

    public UploadLimit {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the upload limit must be positive: " + maxBytes);
        }
    }

    public static UploadLimit ofMegabytes(int megabytes) {
        return new UploadLimit(megabytes * 1024L * 1024L);
    }

    /** The limit in the reader's words: "20 Mo", "20 MB". */
    public Message size() {
        long mb = maxBytes / (1024 * 1024);
        return mb > 0 && mb * 1024 * 1024 == maxBytes ? Message.of("file.size.mb", mb) : Message.of("file.size.kb", Math.max(1, maxBytes / 1024));
    }

    /** Throws the refusal when {@code size} is over the limit. */
    public void check(String fileName, long size) {
        if (size > maxBytes) {
            throw DomainException.invalid("file", Message.of("file.tooLarge", fileName, size()));
        }
    }

    /** Reads the whole stream, refusing it as soon as it goes past the limit. */
    public byte[] read(String fileName, InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            check(fileName, bytes.length);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("the upload of " + fileName + " was interrupted", e);
        }
    }
}
