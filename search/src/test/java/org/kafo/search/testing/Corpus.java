package org.kafo.search.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.SearchFields;
import org.kafo.search.schema.Visibility;

/**
 * The five real documents of the demo corpus, read from portal-web's resources (the directory is
 * given by the system property {@code kafo.corpus.dir}, set in the module's surefire configuration).
 */
public final class Corpus {

    public static final String KIND = "document";

    private Corpus() {
    }

    /** Id of a corpus document: "document:" plus its file name's leading year, e.g. "document:2008". */
    public static String id(String year) {
        return "document:" + year;
    }

    /** All five as PUBLIC documents owned by {@code owner} (may be null). */
    public static List<SearchDocument> documents(String owner) throws IOException {
        Path dir = directory();
        Object manifest = MiniJson.parse(Files.readString(dir.resolve("manifest.json"), StandardCharsets.UTF_8));
        List<SearchDocument> documents = new ArrayList<>();
        for (Object entry : list(((Map<?, ?>) manifest).get("documents"))) {
            Map<?, ?> meta = (Map<?, ?>) entry;
            String file = (String) meta.get("file");
            String date = (String) meta.get("date");
            SearchDocument.Builder builder = SearchDocument.builder(id(file.substring(0, 4)), KIND)
                    .title((String) meta.get("title"))
                    .body(Files.readString(dir.resolve(file), StandardCharsets.UTF_8))
                    .owner(owner)
                    .visibility(Visibility.PUBLIC)
                    .link("/bibliotheque/" + file.replace(".txt", ""))
                    .language((String) meta.get("language"))
                    .facet(SearchFields.DIM_THEME, strings(meta.get("themes")))
                    .facet("type", Set.of((String) meta.get("type")));
            if (meta.get("author") != null) {
                builder.facet(SearchFields.DIM_ORGANISATION, Set.of((String) meta.get("author")));
            }
            if (date.length() == 4) {
                builder.year(Integer.parseInt(date));
            } else {
                builder.date(LocalDate.parse(date));
            }
            documents.add(builder.build());
        }
        return documents;
    }

    public static Path directory() {
        String dir = System.getProperty("kafo.corpus.dir");
        if (dir == null) {
            throw new IllegalStateException("system property kafo.corpus.dir is not set (see search/pom.xml)");
        }
        return Path.of(dir);
    }

    private static List<?> list(Object value) {
        return (List<?>) value;
    }

    private static Set<String> strings(Object value) {
        Set<String> strings = new LinkedHashSet<>();
        for (Object item : list(value)) {
            strings.add((String) item);
        }
        return strings;
    }
}
