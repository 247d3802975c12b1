package org.kafo.web.library;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.library.DocumentDetails;
import org.kafo.domain.library.Documents;
import org.kafo.domain.library.Library;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.web.demo.DemoDataSet;

/**
 * The network's real documents (demo/corpus, listed in manifest.json), deposited through the same path as
 * an upload (Tika, checksum, outbox), so a new user searches real texts at once. The AME's own documents
 * belong to the AME; the others are kept by the network. All are public, as their originals are.
 */
@ApplicationScoped
public class DemoDocuments implements DemoDataSet {

    static final String CORPUS = "/demo/corpus/";
    private static final String AME_AUTHOR = "(AME)";

    @Inject
    Library library;

    @Inject
    Documents documents;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean present() {
        return documents.any();
    }

    @Override
    public void load() {
        for (JsonObject entry : manifest()) {
            String author = text(entry, "author");
            DocumentDetails details = DocumentDetails.of(entry.getString("title"), entry.getString("type"), author,
                    entry.getString("date"), text(entry, "place"), text(entry, "language"),
                    entry.getJsonArray("themes").getValuesAs(JsonString::getString), null);
            String file = entry.getString("file");
            library.deposit(depositor(author), details, Visibility.PUBLIC, Set.of(), new IncomingFile(file, read(CORPUS + file)));
        }
    }

    /** The AME's own member for its texts; the network's coordination (of no association) for the others. */
    private static Caller depositor(String author) {
        boolean ame = author != null && author.contains(AME_AUTHOR);
        return new Caller("kafo-demo", "kafo-demo", "Kafo (démonstration)", null, ame ? "ame" : null,
                Set.of(ame ? Role.MEMBER : Role.NETWORK_ADMIN));
    }

    private static List<JsonObject> manifest() {
        try (InputStream in = DemoDocuments.class.getResourceAsStream(CORPUS + "manifest.json"); JsonReader reader = JSON.createReader(in)) {
            return reader.readObject().getJsonArray("documents").getValuesAs(JsonObject.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = DemoDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
