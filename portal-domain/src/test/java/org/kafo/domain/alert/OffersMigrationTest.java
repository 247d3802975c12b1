package org.kafo.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kafo.domain.shared.SchemaMigrations;
import org.kafo.domain.support.TestDatabase;

/**
 * A portal upgraded with alerts already taken in charge the old way (every claim effective at once, one report per
 * alert): the claims the owner never agreed to become offers waiting for it; the others, and the reports, carry over.
 */
class OffersMigrationTest {

    private static final String V2_5 = "V2_5__";

    @Test
    void earlierClaimsReportsArrivalsAndVersionsCarryOverSensibly(@TempDir Path earlierBuild) throws Exception {
        DataSource db = migratedBefore(earlierBuild);
        exec(db, """
                insert into tenant (alias, name, country) values ('ame', 'AME', 'ML'), ('cimade', 'La Cimade', 'FR'),
                    ('apdha', 'APDHA', 'ES'), ('gao', 'Mission catholique de Gao', 'ML');
                """);
        // Claimed by the AME on a network alert not arrived yet: the owner never agreed.
        alert(db, "00000000-0000-0000-0000-000000000001", "TAKEN_IN_CHARGE", "NETWORK", "", "NETWORK", 2, null);
        claim(db, "00000000-0000-0000-0000-000000000001", "ame", "2026-01-01T10:00:00Z");
        // A partners alert for the AME and the Mission, claimed by both: named partners are accepted at once today.
        alert(db, "00000000-0000-0000-0000-000000000002", "TAKEN_IN_CHARGE", "PARTNERS", "ame gao", "PARTNERS", 1, null);
        claim(db, "00000000-0000-0000-0000-000000000002", "ame", "2026-01-01T10:00:00Z");
        claim(db, "00000000-0000-0000-0000-000000000002", "gao", "2026-01-01T11:00:00Z");
        // Arrived and reported: the reception took place.
        alert(db, "00000000-0000-0000-0000-000000000003", "REPORTED", "NETWORK", "", "NETWORK", 1, "2026-01-02T08:00:00Z");
        claim(db, "00000000-0000-0000-0000-000000000003", "apdha", "2026-01-01T12:00:00Z");
        exec(db, """
                update alert set report_received = 40, report_services = 'WELCOME TRANSPORT', report_referrals = '6 vers le CIGEM',
                    report_notes = 'Deux personnes parties', report_filed_at = '2026-01-02T12:00:00Z', report_filed_by = 'apdha'
                 where id = '00000000-0000-0000-0000-000000000003';
                insert into alert_timeline (alert_id, at, actor, actor_tenant, action, detail) values
                    ('00000000-0000-0000-0000-000000000003', now(), 'accueil.apdha', 'apdha', 'arrived', 'Arrivée enregistrée'),
                    ('00000000-0000-0000-0000-000000000003', now(), 'accueil.apdha', 'apdha', 'reported', 'Compte rendu : 40 personnes reçues'),
                    ('00000000-0000-0000-0000-000000000001', now(), 'membre.cimade', 'cimade', 'cancelled', 'Alerte annulée : Vol reporté');
                """);

        SchemaMigrations.migrate(db);

        assertThat(rows(db, "select alert_id || ' ' || tenant || ' ' || state || ' ' || named_partner from alert_claim order by alert_id, tenant"))
                .containsExactly("00000000-0000-0000-0000-000000000001 ame OFFERED false",
                        "00000000-0000-0000-0000-000000000002 ame ACCEPTED true",
                        "00000000-0000-0000-0000-000000000002 gao ACCEPTED true",
                        "00000000-0000-0000-0000-000000000003 apdha ACCEPTED false");
        assertThat(rows(db, "select id || ' ' || status || ' ' || (escalated_at is null) from alert order by id")).containsExactly(
                "00000000-0000-0000-0000-000000000001 PUBLISHED true",
                "00000000-0000-0000-0000-000000000002 TAKEN_IN_CHARGE false",
                "00000000-0000-0000-0000-000000000003 REPORTED false");
        assertThat(rows(db, "select tenant || ' ' || received || ' ' || services || ' ' || referrals || ' ' || filed_by from alert_report"))
                .containsExactly("apdha 40 WELCOME TRANSPORT 6 vers le CIGEM accueil.apdha");
        assertThat(rows(db, "select arrived_at || ' ' || (arrived_count is null) || ' ' || arrival_recorded_by from alert where arrived_at is not null"))
                .hasSize(1).allSatisfy(r -> assertThat(r).endsWith("true apdha"));
        // The current version as the alert is; the first as it was published; the ones in between, the owner's alone.
        assertThat(rows(db, "select alert_id || ' v' || revision || ' ' || visibility || ' ' || partner_tenants from alert_revision"
                + " order by alert_id, revision")).containsExactly(
                "00000000-0000-0000-0000-000000000001 v1 NETWORK ",
                "00000000-0000-0000-0000-000000000001 v2 NETWORK ",
                "00000000-0000-0000-0000-000000000002 v1 PARTNERS ame gao",
                "00000000-0000-0000-0000-000000000003 v1 NETWORK ");
        assertThat(rows(db, "select detail || ' / ' || note from alert_timeline where action = 'cancelled'"))
                .containsExactly("Alerte annulée / Vol reporté");
    }

    /** A database migrated by the build before this change. */
    private static DataSource migratedBefore(Path earlierBuild) throws IOException, URISyntaxException {
        Path migrations = Path.of(SchemaMigrations.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            // The earlier build had neither this migration nor those that came after it and read its columns (V8_x).
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith(V2_5) && !f.getFileName().toString().startsWith("V8_"))
                    .toList()) {
                Files.copy(f, earlierBuild.resolve(f.getFileName()));
            }
        }
        DataSource db = TestDatabase.get().emptyDatabase("alerts_claimed_the_old_way");
        Flyway.configure().dataSource(db).locations("filesystem:" + earlierBuild).load().migrate();
        return db;
    }

    /** An alert of cimade, published for {@code audience}, with {@code revisions} versions (the timeline says the first). */
    private static void alert(DataSource db, String id, String status, String visibility, String partners, String audience,
                              int revisions, String arrivedAt) throws SQLException {
        String published = switch (audience) {
            case "NETWORK" -> "Publiée pour tout le réseau";
            case "PUBLIC" -> "Publiée pour le public";
            default -> "Publiée pour les partenaires : " + partners.replace(" ", ", ");
        };
        exec(db, "insert into alert (id, owner_tenant, visibility, partner_tenants, created_at, updated_at, status, audience,"
                + " audience_partners, revision, created_by, published_at, escalated_at, arrived_at, kind, origin_country,"
                + " expected_arrival, arrival_point, people_count, certainty, urgency, severity) values ('" + id + "', 'cimade', '"
                + visibility + "', '" + partners + "', now(), now(), '" + status + "', '" + audience + "', '" + partners + "', "
                + revisions + ", 'membre.cimade', now(), now(), " + (arrivedAt == null ? "null" : "'" + arrivedAt + "'")
                + ", 'AIR_CHARTER', 'LY', now(), 'bamako-senou', 120, 'LIKELY', 'EXPECTED', 'SEVERE')");
        exec(db, "insert into alert_timeline (alert_id, at, actor, actor_tenant, action, detail) values ('" + id
                + "', now(), 'membre.cimade', 'cimade', 'published', '" + published + "')");
        for (int r = 1; r <= revisions; r++) {
            exec(db, "insert into alert_revision (alert_id, revision, msg_type, sent_at, author, author_tenant, kind, origin_country,"
                    + " expected_arrival, arrival_point, people_count, certainty, urgency, severity) values ('" + id + "', " + r + ", '"
                    + (r == 1 ? "ALERT" : "UPDATE") + "', now(), 'membre.cimade', 'cimade', 'AIR_CHARTER', 'LY', now(), 'bamako-senou',"
                    + " 120, 'LIKELY', 'EXPECTED', 'SEVERE')");
        }
    }

    private static void claim(DataSource db, String alert, String tenant, String at) throws SQLException {
        exec(db, "insert into alert_claim (alert_id, tenant, claimed_at, claimed_by) values ('" + alert + "', '" + tenant + "', '"
                + at + "', 'membre." + tenant + "')");
    }

    private static void exec(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(DataSource db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
