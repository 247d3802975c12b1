package org.kafo.web.library.faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.kafo.domain.files.IncomingFile;
import org.primefaces.model.file.UploadedFile;

/**
 * A file the deposit form received ahead of the form itself (PrimeFaces' upload with progress sends it alone): kept in a
 * temporary file, not in the session, until the deposit takes it or the page is left.
 */
public record ReceivedFile(String name, long size, String path) implements Serializable {

    /** Copies the upload out of the request (whose parts are gone when it ends). */
    static ReceivedFile of(UploadedFile upload) {
        try (InputStream in = upload.getInputStream()) {
            Path kept = Files.createTempFile("kafo-deposit-", ".part");
            Files.copy(in, kept, StandardCopyOption.REPLACE_EXISTING);
            return new ReceivedFile(upload.getFileName(), Files.size(kept), kept.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IncomingFile incoming() {
        try {
            return new IncomingFile(name, Files.readAllBytes(Path.of(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(Path.of(path));
        } catch (IOException e) {
            // a temporary file: the system's cleaning takes it if this cannot
        }
    }
}
