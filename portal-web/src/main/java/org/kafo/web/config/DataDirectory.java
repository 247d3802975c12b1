package org.kafo.web.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where this instance keeps its files: {@code KAFO_DATA_DIR} (default {@code ./var}); its Lucene index
 * under {@code index/} unless {@code KAFO_INDEX_DIR} says otherwise (each instance needs its own).
 * The database holds everything else, attachments included.
 */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "kafo.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "kafo.index.dir")
    Optional<String> indexDir;

    private Path root;
    private Path index;

    @PostConstruct
    void create() {
        root = Path.of(dataDir).toAbsolutePath().normalize();
        index = indexDir.map(Path::of).orElse(root.resolve("index")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index directory " + index, e);
        }
    }

    public Path root() {
        return root;
    }

    public Path index() {
        return index;
    }
}
