package org.kafo.web.indexing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.kafo.search.index.SearchIndex;
import org.kafo.web.config.DataDirectory;

/** This instance's Lucene index, opened once for the application's life. */
@ApplicationScoped
public class KafoIndex {

    @Inject
    DataDirectory dataDirectory;

    private SearchIndex index;

    @PostConstruct
    void open() {
        try {
            index = SearchIndex.open(dataDirectory.index());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dataDirectory.index(), e);
        }
    }

    public SearchIndex get() {
        return index;
    }

    @PreDestroy
    void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
