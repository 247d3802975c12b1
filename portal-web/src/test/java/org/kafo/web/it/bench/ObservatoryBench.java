package org.kafo.web.it.bench;

import static org.kafo.web.it.support.Demo.AME_MEMBER;
import static org.kafo.web.it.support.Demo.NETWORK_ADMIN;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;
import org.kafo.web.it.support.PageSession;

/**
 * Measures, never asserts (run with {@code -Pbench}): the observatory over 100,000 alerts and their reports. The alerts
 * are written straight into the stack's database (2016–2019, about 25,000 a year, four associations, every visibility,
 * nine in ten arrived and reported, a fifth with a second report, most received by the AME), then the figures of one
 * year are asked for through the API (JSON and CSV, each scope, a quarter) and the page, one client after another and
 * then four at once: computed for each request ({@code Cache-Control: no-cache}), then as kept for the audience until an
 * alert changes ({@code FiguresCache}). Latencies p50/p95/p99 in the log and in {@code target/bench/observatory.md}; target p95 under
 * 200 ms.
 */
@KafoIT
class ObservatoryBench {

    private static final Logger LOG = Logger.getLogger(ObservatoryBench.class.getName());
    private static final int ALERTS = Integer.getInteger("kafo.bench.alerts", 100_000);
    private static final int WARM_UP = 15;
    private static final int MEASURED = 120;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final List<String> rows = new ArrayList<>();

    @Test
    void figuresOverAHundredThousandAlerts() throws Exception {
        long loading = System.nanoTime();
        String counts = load();
        double loaded = (System.nanoTime() - loading) / 1e9;
        String base = KafoStack.get().portalUrl();
        String token = KafoStack.get().token(AME_MEMBER);
        Api.post("/api/v1/statistics/publications", NETWORK_ADMIN, "{\"period\":\"2018\"}");
        try {
            api("API JSON, network, year 2018 (member), computed each time (Cache-Control: no-cache)",
                    base + "/api/v1/statistics?scope=network&period=2018", token, "application/json", true);
            api("API JSON, own association, year 2018, computed each time", base + "/api/v1/statistics?scope=own&period=2018", token,
                    "application/json", true);
            api("API JSON, network, quarter 2018-T2, computed each time", base + "/api/v1/statistics?scope=network&period=2018-T2", token,
                    "application/json", true);
            api("API JSON, network, year 2018 (member)", base + "/api/v1/statistics?scope=network&period=2018", token, "application/json");
            api("API JSON, own association, year 2018", base + "/api/v1/statistics?scope=own&period=2018", token, "application/json");
            api("API JSON, public, year 2018 (visitor)", base + "/api/v1/statistics?scope=public&period=2018", null, "application/json");
            api("API JSON, network, quarter 2018-T2", base + "/api/v1/statistics?scope=network&period=2018-T2", token, "application/json");
            api("API JSON, network, 2018, filtered (convoys, region of Gao)",
                    base + "/api/v1/statistics?scope=network&period=2018&kind=LAND_CONVOY&region=gao", token, "application/json");
            api("API CSV, every figure, network 2018", base + "/api/v1/statistics?scope=network&period=2018", token, "text/csv");
            page("page /observatoire/, network, 2018 (member)", "/observatoire/?scope=network&year=2018", PageSession.of(AME_MEMBER));
            page("page /observatoire/, public, 2018 (visitor)", "/observatoire/?scope=public&year=2018", PageSession.of(null));
            concurrent("API JSON, network 2018, 4 clients at once (kept figures)", base + "/api/v1/statistics?scope=network&period=2018", token);
        } finally {
            Api.delete("/api/v1/statistics/publications/2018", NETWORK_ADMIN);
        }
        List<String> report = new ArrayList<>();
        report.add("# Observatory over " + String.format("%,d", ALERTS) + " alerts");
        report.add("");
        report.add(counts + String.format(" Written in %.1f s (SQL, then ANALYZE).", loaded));
        report.add("");
        report.add("Each line: " + WARM_UP + " requests to warm up, then " + MEASURED + " measured one after another (the last line: "
                + "4 clients at once, " + MEASURED + " requests each). Times from the request sent to the last byte read, on loopback. "
                + "Target: p95 under 200 ms.");
        report.add("");
        report.add("| request | bytes | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |");
        report.add("|---|---|---|---|---|---|");
        report.addAll(rows);
        Files.createDirectories(Path.of("target", "bench"));
        Files.write(Path.of("target", "bench", "observatory.md"), report);
        report.forEach(LOG::info);
    }

    /** 100,000 alerts of 2016–2019 with their claims and reports, by SQL; returns what was written. */
    private static String load() throws Exception {
        try (Connection c = KafoStack.get().database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("select setseed(0.19)");
            s.execute("""
                    insert into alert (id, owner_tenant, visibility, partner_tenants, version, created_at, updated_at, status, audience,
                        audience_partners, revision, created_by, published_at, kind, origin_country, transit_countries, expected_arrival,
                        arrival_point, people_count, women, minors, unaccompanied_minors, vulnerabilities, needs, certainty, urgency, severity,
                        arrived_at, closed_at, cancelled_at, cancel_reason, arrived_count, arrived_women, arrived_minors,
                        arrived_unaccompanied_minors, arrival_recorded_at, arrival_recorded_by)
                    select gen_random_uuid(), o.owner, v.vis, case when v.vis = 'PARTNERS' then 'ame' else '' end, 1,
                        e.at - interval '2 days', e.at + interval '3 days', st.status,
                        case when v.vis = 'PARTNERS' then 'PARTNERS' when v.vis = 'PUBLIC' then 'PUBLIC' else 'NETWORK' end,
                        case when v.vis = 'PARTNERS' then 'ame' else '' end, 1, 'bench', e.at - (k.lead * interval '1 hour'),
                        k.kind, k.origin, '', e.at, k.point, n.people, n.people / 8, n.people / 10, n.people / 40,
                        case when r.x < 0.3 then 'SICK' when r.x < 0.5 then 'INJURED SICK' when r.x < 0.6 then 'DETAINED' else '' end,
                        'WELCOME', 'LIKELY', 'EXPECTED', 'MODERATE',
                        case when st.status = 'CLOSED' then e.at + interval '1 hour' end,
                        case when st.status = 'CLOSED' then e.at + interval '3 days' end,
                        case when st.status = 'CANCELLED' then e.at - interval '1 day' end,
                        case when st.status = 'CANCELLED' then 'Banc d''essai' end,
                        case when st.status = 'CLOSED' then greatest(1, n.people - (n.people / 12)) end,
                        case when st.status = 'CLOSED' then n.people / 8 end, case when st.status = 'CLOSED' then n.people / 10 end,
                        case when st.status = 'CLOSED' then n.people / 40 end,
                        case when st.status = 'CLOSED' then e.at + interval '2 hours' end,
                        case when st.status = 'CLOSED' then 'ame' end
                      from generate_series(1, %d) g
                      cross join lateral (select timestamptz '2016-01-01' + random() * (timestamptz '2020-01-01' - timestamptz '2016-01-01') as at, g as g_e) e
                      cross join lateral (select (array['ame', 'cimade', 'apdha', 'mission-catholique-gao', 'cimade', 'mission-catholique-gao'])
                                            [1 + floor(random() * 6)::int] as owner, g as g_o) o
                      cross join lateral (select case when random() < 0.7 then 'NETWORK' when random() < 0.6 then 'PARTNERS' else 'PUBLIC' end as vis, g as g_v) v
                      cross join lateral (select case when random() < 0.95 then 'CLOSED' else 'CANCELLED' end as status, g as g_st) st
                      cross join lateral (select random() as x, g as g_r) r
                      cross join lateral (select 1 + floor(random() * 10)::int as i, g as g_ki) ki
                      cross join lateral (select
                            (array['AIR_ESCORTED', 'AIR_CHARTER', 'LAND_CONVOY', 'LAND_PUSHBACK', 'LAND_PUSHBACK', 'LAND_PUSHBACK',
                                   'REPATRIATION', 'AIR_ESCORTED', 'VOLUNTARY_RETURN', 'REPATRIATION'])[ki.i] as kind,
                            (array['FR', 'LY', 'DZ', 'DZ', 'MR', 'MR', 'NE', 'ES', 'CI', 'NE'])[ki.i] as origin,
                            (array['bamako-senou', 'bamako-senou', 'gao', 'tinzawaten', 'gogui', 'kayes', 'sogoniko', 'bamako-senou',
                                   'bamako-senou', 'gao'])[ki.i] as point,
                            (array[30, 72, 12, 8, 10, 6, 96, 24, 48, 90])[ki.i] as lead, g as g_k) k
                      cross join lateral (select case when k.kind like 'AIR_ESCORTED' then 1 + floor(random() * 3)::int
                                                      else 10 + floor(random() * 140)::int end as people, g as g_n) n
                    """.formatted(ALERTS));
            // The AME took most receptions in charge, accepted before the arrival four times in five.
            s.execute("""
                    insert into alert_claim (alert_id, tenant, offered_at, offered_by, state, decided_at, decided_by, named_partner)
                    select id, 'ame', published_at + interval '1 hour', 'bench', 'ACCEPTED',
                           case when random() < 0.8 then published_at + interval '2 hours' else arrived_at + interval '30 minutes' end,
                           'bench', false
                      from alert where created_by = 'bench' and owner_tenant <> 'ame' and random() < 0.7
                    """);
            s.execute("""
                    insert into alert_report (alert_id, tenant, received, services, referrals, filed_at, filed_by)
                    select id, 'ame', (arrived_count * (0.8 + random() * 0.2))::int,
                           case when random() < 0.5 then 'WELCOME SHELTER FOOD' else 'WELCOME MEDICAL TRANSPORT FAMILY_CONTACT' end,
                           case when random() < 0.3 then 'Orientation (banc d''essai)' end, arrived_at + interval '6 hours', 'bench'
                      from alert where created_by = 'bench' and arrived_at is not null
                    """);
            s.execute("""
                    insert into alert_report (alert_id, tenant, received, services, filed_at, filed_by)
                    select id, 'mission-catholique-gao', (arrived_count * random() * 0.3)::int, 'WELCOME FOOD', arrived_at + interval '8 hours', 'bench'
                      from alert where created_by = 'bench' and arrived_at is not null and random() < 0.2
                    """);
            s.execute("analyze alert");
            s.execute("analyze alert_report");
            s.execute("analyze alert_claim");
            try (ResultSet r = s.executeQuery("select (select count(*) from alert where created_by = 'bench'),"
                    + " (select count(*) from alert_report where filed_by = 'bench'), (select count(*) from alert_claim where offered_by = 'bench'),"
                    + " (select count(*) from alert where created_by = 'bench' and expected_arrival >= '2018-01-01' and expected_arrival < '2019-01-01')")) {
                r.next();
                return String.format("Written: %,d alerts (%,d in 2018), %,d reception reports, %,d accepted claims.", r.getLong(1), r.getLong(4),
                        r.getLong(2), r.getLong(3));
            }
        }
    }

    private void api(String what, String url, String token, String accept) throws Exception {
        api(what, url, token, accept, false);
    }

    private void api(String what, String url, String token, String accept, boolean fresh) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Accept", accept);
        if (fresh) {
            b.header("Cache-Control", "no-cache");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = b.build();
        measure(what, () -> {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(what + ": " + r.statusCode());
            }
            return r.body().length;
        });
    }

    private void page(String what, String path, PageSession session) throws Exception {
        measure(what, () -> {
            Api.Response r = session.page(path);
            if (r.status() != 200 || !r.body().contains("table-by-month")) {
                throw new IllegalStateException(what + ": " + r.status());
            }
            return r.body().length();
        });
    }

    private void concurrent(String what, String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<long[]>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(clients.submit(() -> {
                    long[] times = new long[MEASURED];
                    for (int n = 0; n < WARM_UP + MEASURED; n++) {
                        long start = System.nanoTime();
                        if (HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != 200) {
                            throw new IllegalStateException(what + ": not 200");
                        }
                        if (n >= WARM_UP) {
                            times[n - WARM_UP] = System.nanoTime() - start;
                        }
                    }
                    return times;
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> run : runs) {
                long[] t = run.get();
                long[] merged = Arrays.copyOf(all, all.length + t.length);
                System.arraycopy(t, 0, merged, all.length, t.length);
                all = merged;
            }
            row(what, 0, all);
        } finally {
            clients.shutdown();
        }
    }

    private interface Call {
        int call() throws Exception;
    }

    private void measure(String what, Call call) throws Exception {
        int bytes = 0;
        for (int i = 0; i < WARM_UP; i++) {
            bytes = call.call();
        }
        long[] times = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            call.call();
            times[i] = System.nanoTime() - start;
        }
        row(what, bytes, times);
    }

    private void row(String what, int bytes, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        String line = String.format("| %s | %s | %.1f | %.1f | %.1f | %.1f |", what, bytes == 0 ? "—" : String.format("%,d", bytes),
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        rows.add(line);
        LOG.info(line);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
