package org.kafo.web.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kafo.search.index.SearchIndex;
import org.kafo.search.query.SearchRequest;
import org.kafo.search.query.SearchResults;
import org.kafo.search.query.Viewer;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.SearchFields;
import org.kafo.search.schema.Visibility;

/**
 * The search benchmark ({@code ./mvnw -Pbench -pl portal-web -am verify}; not part of the test suite): the same
 * corpus of passages, built from the network's real documents, indexed in the same run both in Lucene (the
 * portal's search module, exactly as the portal queries it: visibility filter, drill-sideways facets,
 * snippets) and in PostgreSQL full-text search (the {@code french} configuration, a stored tsvector with a GIN
 * index, queried with the same features: visibility, total, top ten by ts_rank, facet counts, ts_headline
 * snippets). It reports indexing throughput and query latency p50/p95; it asserts nothing.
 *
 * <p>Arguments: the corpus directory, an output directory, and optionally the number of passages (default
 * 100,000).
 */
public final class SearchBenchmark {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    /** French queries people of the network type, with the portal's syntax (the PostgreSQL side gets its own). */
    static final List<String> QUERIES = List.of(
            "expulses libye", "\"migrants de retour\"", "l'aéroport de Bamako", "TOKTEN", "ponam OU cigem",
            "réinsertion socio-économique", "protection des femmes et des enfants", "assistance juridique",
            "diaspora malienne", "refoulés algérie", "codéveloppement", "accueil des expulsés",
            "Ministère des Maliens de l'Extérieur", "convention travailleurs migrants", "sensibilisation jeunes");

    /**
     * Queries as members type them (issue 18): questions, misspellings, places in other spellings, English and Spanish;
     * they take the search's slower paths (spelling, relaxing, expansions). Given to PostgreSQL as they are.
     */
    static final List<String> TYPED_QUERIES = List.of(
            "combien d'expulsés ont été accueillis à l'aéroport en 2013", "quand l'AME a-t-elle été créée",
            "expulsés lybie", "acceuil a l'aeroport", "politique nationale de migartion", "Tinzaouaten",
            "aéroport Modibo Keita", "legal aid for deportees", "remittances from the diaspora",
            "asistencia jurídica a los expulsados", "¿cuántos migrantes murieron en el Mediterráneo?",
            "retour des migrants au village", "korofina zanzibar", "how many returnees in Kidal", "réinsertion des femmes rapatriées");

    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 20;
    private static final String[] YEARS = {"2007", "2008", "2014", "2017", "2025"};
    private static final String[] THEMES = {"expulsions", "accueil", "réinsertion", "diaspora", "plaidoyer", "TOKTEN", "PONAM"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path corpus = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        List<String> passages = passages(corpus, count);
        OUT.printf("Corpus : %,d passages (%,d caractères) construits à partir de %s%n", passages.size(),
                passages.stream().mapToLong(String::length).sum(), corpus);

        Result lucene;
        Path indexDir = Files.createTempDirectory(out, "lucene");
        try (SearchIndex index = SearchIndex.open(indexDir)) {
            lucene = luceneRun(index, passages);
        }
        Result uncached = uncachedLucene(indexDir);
        Result bare = bareLuceneQueries(indexDir);
        Result postgres;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "32MB").start(); Connection c = pg.getPostgresDatabase().getConnection()) {
            postgres = postgresRun(c, passages);
        }
        String report = report(passages.size(), lucene, uncached, bare, postgres, load);
        Files.writeString(out.resolve("search-benchmark.md"), report, StandardCharsets.UTF_8);
        OUT.println();
        OUT.println(report);
    }

    /** What one engine did: indexing time, per-query latencies in milliseconds, hits per query. */
    record Result(String engine, double indexSeconds, List<Double> latencies, Map<String, Long> hits, List<Double> typed) {
        Result(String engine, double indexSeconds, List<Double> latencies, Map<String, Long> hits) {
            this(engine, indexSeconds, latencies, hits, List.of());
        }

        double typedMedianOf(int query) {
            List<Double> own = new ArrayList<>();
            for (int i = query; i < typed.size(); i += TYPED_QUERIES.size()) {
                own.add(typed.get(i));
            }
            return own.isEmpty() ? Double.NaN : own.stream().sorted().toList().get(own.size() / 2);
        }

        double typedPercentile(double p) {
            List<Double> sorted = typed.stream().sorted().toList();
            return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        }

        /** The median of one query's timings (they were taken round by round, the queries in order). */
        double medianOf(int query) {
            List<Double> own = new ArrayList<>();
            for (int i = query; i < latencies.size(); i += QUERIES.size()) {
                own.add(latencies.get(i));
            }
            return own.stream().sorted().toList().get(own.size() / 2);
        }

        double percentile(double p) {
            List<Double> sorted = latencies.stream().sorted().toList();
            return sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        }
    }

    private static Result luceneRun(SearchIndex index, List<String> passages) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < passages.size(); i++) {
            index.upsert(SearchDocument.builder("passage:" + i, "document")
                    .title(title(passages.get(i))).body(passages.get(i))
                    .owner(i % 10 == 0 ? "ame" : null).visibility(i % 10 == 0 ? Visibility.PRIVATE : Visibility.PUBLIC)
                    .year(Integer.valueOf(YEARS[i % YEARS.length]))
                    .facet(SearchFields.DIM_THEME, Set.of(THEMES[i % THEMES.length]))
                    .facet(SearchFields.DIM_ORGANISATION, Set.of(i % 3 == 0 ? "AME" : "Ministère des Maliens de l'Extérieur"))
                    .build());
        }
        index.commit(passages.size());
        index.refresh();
        double seconds = (System.nanoTime() - start) / 1e9;
        OUT.printf("Lucene : %,d passages indexés en %.1f s%n", passages.size(), seconds);
        Viewer viewer = Viewer.anonymous();
        java.util.LinkedHashMap<String, Long> hits = new java.util.LinkedHashMap<>();
        Query search = q -> {
            SearchResults results = index.search(new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 0, 10), viewer);
            hits.put(q, results.totalHits());
        };
        List<Double> latencies = measure(QUERIES, search);
        List<Double> typed = measure(TYPED_QUERIES, search);
        return new Result("Lucene 9.12 (module search)", seconds, latencies, hits, typed);
    }

    /**
     * The portal's search again with Lucene's query cache off: the counting pass can no longer reuse the match
     * set of a query seen before, so every query costs what it costs the first time it is typed.
     */
    private static Result uncachedLucene(Path dir) throws IOException {
        try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dir))) {
            org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
            searcher.setQueryCache(null);
            org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState facets =
                    new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(reader,
                            org.kafo.search.schema.FacetSchema.config());
            org.kafo.search.analysis.KafoFrenchAnalyzer analyzer = new org.kafo.search.analysis.KafoFrenchAnalyzer();
            List<Double> latencies = measure(QUERIES, q -> org.kafo.search.query.FacetedSearch.run(searcher, facets, analyzer,
                    new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 0, 10), Viewer.anonymous()));
            return new Result("Lucene, query cache off (each query as the first time it is typed)", 0, latencies, Map.of());
        }
    }

    /** The same queries without facets and snippets: how much of the time the text query itself takes. */
    private static Result bareLuceneQueries(Path dir) throws IOException {
        try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dir))) {
            org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
            org.kafo.search.query.UserQueryParser parser = new org.kafo.search.query.UserQueryParser(
                    new org.kafo.search.analysis.KafoFrenchAnalyzer());
            List<Double> latencies = measure(QUERIES, q -> {
                org.apache.lucene.search.Query query = new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(parser.parse(q), org.apache.lucene.search.BooleanClause.Occur.MUST)
                        .add(org.kafo.search.query.VisibilityFilter.forViewer(Viewer.anonymous()),
                                org.apache.lucene.search.BooleanClause.Occur.FILTER)
                        .build();
                searcher.search(query, 10);
                searcher.count(query);
            });
            return new Result("Lucene, text query only (top ten and total; no facets, no snippets)", 0, latencies, Map.of());
        }
    }

    private static Result postgresRun(Connection c, List<String> passages) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("create table passage (id integer primary key, visibility text not null, owner_tenant text, year integer, "
                    + "theme text, organisation text, title text not null, body text not null, "
                    // title, then the facet values (as the search module's tags field), then the body
                    + "tsv tsvector generated always as (setweight(to_tsvector('french', title), 'A') "
                    + "|| setweight(to_tsvector('french', theme || ' ' || organisation), 'B') || to_tsvector('french', body)) stored)");
            s.execute("create index passage_tsv on passage using gin (tsv)");
        }
        long start = System.nanoTime();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(
                "insert into passage (id, visibility, owner_tenant, year, theme, organisation, title, body) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < passages.size(); i++) {
                insert.setInt(1, i);
                insert.setString(2, i % 10 == 0 ? "PRIVATE" : "PUBLIC");
                insert.setString(3, i % 10 == 0 ? "ame" : null);
                insert.setInt(4, Integer.parseInt(YEARS[i % YEARS.length]));
                insert.setString(5, THEMES[i % THEMES.length]);
                insert.setString(6, i % 3 == 0 ? "AME" : "Ministère des Maliens de l'Extérieur");
                insert.setString(7, title(passages.get(i)));
                insert.setString(8, passages.get(i));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Statement s = c.createStatement()) {
            s.execute("vacuum analyze passage");
        }
        OUT.printf("PostgreSQL : %,d passages indexés en %.1f s%n", passages.size(), seconds);
        // The same features as the portal's search: visibility, total, top ten by rank with a snippet, facet counts.
        String visible = "(visibility = 'PUBLIC')";
        PreparedStatement top = c.prepareStatement("select id, title, ts_headline('french', body, q, 'StartSel=<mark>, StopSel=</mark>, "
                + "MaxFragments=2, MaxWords=20, MinWords=8') from (select id, title, body, ts_rank(tsv, q) as rank, q from passage, "
                + "websearch_to_tsquery('french', ?) q where tsv @@ q and " + visible + " order by rank desc limit 10) t order by rank desc");
        PreparedStatement total = c.prepareStatement("select count(*) from passage where tsv @@ websearch_to_tsquery('french', ?) and " + visible);
        PreparedStatement facets = c.prepareStatement("select 'year' as dim, year::text as value, count(*) from passage "
                + "where tsv @@ websearch_to_tsquery('french', ?) and " + visible + " group by year union all "
                + "select 'theme', theme, count(*) from passage where tsv @@ websearch_to_tsquery('french', ?) and " + visible
                + " group by theme union all select 'organisation', organisation, count(*) from passage "
                + "where tsv @@ websearch_to_tsquery('french', ?) and " + visible + " group by organisation");
        java.util.LinkedHashMap<String, Long> hits = new java.util.LinkedHashMap<>();
        Query search = q -> {
            String pgQuery = q.replace(" OU ", " or ");
            try {
                top.setString(1, pgQuery);
                drain(top.executeQuery());
                total.setString(1, pgQuery);
                try (ResultSet r = total.executeQuery()) {
                    r.next();
                    hits.put(q, r.getLong(1));
                }
                facets.setString(1, pgQuery);
                facets.setString(2, pgQuery);
                facets.setString(3, pgQuery);
                drain(facets.executeQuery());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        List<Double> latencies = measure(QUERIES, search);
        List<Double> typed = measure(TYPED_QUERIES, search);
        return new Result("PostgreSQL " + version(c) + " (french, GIN)", seconds, latencies, hits, typed);
    }

    private interface Query {
        void run(String q) throws IOException;
    }

    private static List<Double> measure(List<String> queries, Query query) throws IOException {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String q : queries) {
                query.run(q);
            }
        }
        List<Double> latencies = new ArrayList<>();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (String q : queries) {
                long t0 = System.nanoTime();
                query.run(q);
                latencies.add((System.nanoTime() - t0) / 1e6);
            }
        }
        return latencies;
    }

    /**
     * Passages of two to four sentences, drawn with a fixed seed from the sentences of the real documents: the
     * vocabulary, the accents, the acronyms and the length of what the network writes, at the scale asked.
     */
    static List<String> passages(Path corpus, int count) throws IOException {
        List<String> sentences = new ArrayList<>();
        Pattern sentenceEnd = Pattern.compile("(?<=[.!?;:])\\s+");
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
                Arrays.stream(sentenceEnd.split(text)).map(String::strip).filter(s -> s.length() > 30).forEach(sentences::add);
            }
        }
        Random random = new Random(20251214L);
        List<String> passages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = 2 + random.nextInt(3);
            StringBuilder passage = new StringBuilder();
            for (int j = 0; j < n; j++) {
                passage.append(j == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
            }
            passages.add(passage.toString());
        }
        return passages;
    }

    private static String title(String passage) {
        String[] words = passage.split(" ");
        return String.join(" ", Arrays.copyOf(words, Math.min(8, words.length)));
    }

    private static void drain(ResultSet rows) throws SQLException {
        try (rows) {
            while (rows.next()) {
                rows.getString(2);
            }
        }
    }

    private static String version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("show server_version")) {
            r.next();
            return r.getString(1);
        }
    }

    private static String report(int passages, Result lucene, Result uncached, Result bare, Result postgres, double load) {
        StringBuilder md = new StringBuilder();
        md.append("# Search benchmark\n\n");
        md.append(String.format(Locale.ROOT, "%,d passages, %d French queries, %d warm-up rounds then %d measured rounds "
                + "(%d timings per engine), one thread, %d cores (load average %.1f at the start), Java %s.%n%n", passages,
                QUERIES.size(), WARM_UP_ROUNDS, MEASURED_ROUNDS, lucene.latencies().size(), Runtime.getRuntime().availableProcessors(),
                load, System.getProperty("java.version")));
        md.append("| engine | indexing | passages/s | query p50 | query p95 | query max |\n|---|---|---|---|---|---|\n");
        for (Result r : List.of(lucene, postgres)) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f s | %,.0f | %.2f ms | %.2f ms | %.2f ms |%n", r.engine(), r.indexSeconds(),
                    passages / r.indexSeconds(), r.percentile(50), r.percentile(95),
                    r.latencies().stream().max(Comparator.naturalOrder()).orElse(0.0)));
        }
        for (Result r : List.of(uncached, bare)) {
            md.append(String.format(Locale.ROOT, "| %s | | | %.2f ms | %.2f ms | %.2f ms |%n", r.engine(), r.percentile(50),
                    r.percentile(95), r.latencies().stream().max(Comparator.naturalOrder()).orElse(0.0)));
        }
        md.append(String.format(Locale.ROOT, "%nLucene is %.1f× faster than PostgreSQL at p95 (%.1f× at p50).%n%n",
                postgres.percentile(95) / lucene.percentile(95), postgres.percentile(50) / lucene.percentile(50)));
        md.append(String.format(Locale.ROOT, "Typed queries (%d: questions, misspellings, place spellings, English, Spanish; "
                + "the same rounds): Lucene p50 %.2f ms, p95 %.2f ms; PostgreSQL p50 %.2f ms, p95 %.2f ms; Lucene %.1f× faster "
                + "at p95.%n%n", TYPED_QUERIES.size(), lucene.typedPercentile(50), lucene.typedPercentile(95),
                postgres.typedPercentile(50), postgres.typedPercentile(95), postgres.typedPercentile(95) / lucene.typedPercentile(95)));
        md.append("| query | Lucene hits | Lucene p50 | PostgreSQL hits | PostgreSQL p50 |\n|---|---|---|---|---|\n");
        for (int i = 0; i < QUERIES.size(); i++) {
            String q = QUERIES.get(i);
            if (!lucene.hits().containsKey(q)) {
                continue;
            }
            md.append(String.format(Locale.ROOT, "| `%s` | %d | %.2f ms | %d | %.2f ms |%n", q, lucene.hits().get(q),
                    lucene.medianOf(i), postgres.hits().get(q), postgres.medianOf(i)));
        }
        md.append("\n| typed query | Lucene hits | Lucene p50 | PostgreSQL hits | PostgreSQL p50 |\n|---|---|---|---|---|\n");
        for (int i = 0; i < TYPED_QUERIES.size(); i++) {
            String q = TYPED_QUERIES.get(i);
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %.2f ms | %s | %.2f ms |%n", q, lucene.hits().get(q),
                    lucene.typedMedianOf(i), postgres.hits().get(q), postgres.typedMedianOf(i)));
        }
        md.append("\nBoth index the title, the facet values (themes, organisation) and the body. Lucene folds accents, "
                + "keeps acronyms whole and treats the last word as a prefix; PostgreSQL's `french` configuration does none "
                + "of these (it would need `unaccent`), so the hit counts differ where that matters. Timings are wall-clock "
                + "on a shared machine: the load average when the run started is given above.\n");
        return md.toString();
    }
}
