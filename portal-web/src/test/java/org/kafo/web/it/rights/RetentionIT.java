package org.kafo.web.it.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.web.it.support.Demo.CIMADE_ADMIN;
import static org.kafo.web.it.support.Demo.CIMADE_MEMBER;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.web.it.alert.Alerts;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;
import org.kafo.web.it.support.KafoStack;

/**
 * The people's personal data does not outlive its use: once the retention period (90 days) has run from the expected
 * arrival and the last activity, the scheduled purge (every 20 s in the tests) deletes it, even from an alert nobody
 * ever closed, and the alert's timeline and the audit log say so.
 */
@KafoIT
class RetentionIT {

    @Test
    void thePersonalDataOfAnAlertNeverClosedIsPurgedOnceTheRetentionHasRunAndTheAuditLogSaysSo() throws Exception {
        String forgotten = withOnePerson("Aminata Traoré");
        String recent = withOnePerson("Moussa Keïta");
        aged(forgotten, 100);

        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!people(forgotten).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(1000);
        }
        assertThat(people(forgotten)).as("purged, though the alert was never closed").isEmpty();
        assertThat(people(recent)).as("legitimate: an alert still in use keeps its people").hasSize(1);
        JsonObject detail = Alerts.detail(forgotten, CIMADE_MEMBER);
        assertThat(detail.getJsonObject("summary").getString("status")).isEqualTo("PUBLISHED");
        assertThat(detail.toString()).contains("Données personnelles effacées (1 fiche)").doesNotContain("Aminata");

        Api.Response audit = Api.get("/api/v1/audit?targetType=alert&targetId=" + forgotten, CIMADE_ADMIN);
        assertThat(audit.array().getValuesAs(JsonObject.class)).filteredOn(e -> e.getString("action").equals("alert.personal-data.purge"))
                .singleElement().satisfies(e -> assertThat(e.getString("detail")).contains("1 fiche(s)", "90 jours"));
    }

    private static String withOnePerson(String name) {
        String id = Alerts.id(Alerts.publish(CIMADE_MEMBER, Alerts.charter()));
        Api.Response added = Api.post("/api/v1/alerts/" + id + "/people", CIMADE_MEMBER, "{\"fullName\":\"" + name + "\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return id;
    }

    private static java.util.List<JsonObject> people(String id) {
        return Api.get("/api/v1/alerts/" + id + "/people", CIMADE_MEMBER).array().getValuesAs(JsonObject.class);
    }

    /** As if {@code days} had passed since the alert's expected arrival and its last change. */
    private static void aged(String id, int days) throws SQLException {
        try (Connection c = KafoStack.get().database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("update alert set expected_arrival = now() - make_interval(days => ?),"
                     + " updated_at = now() - make_interval(days => ?) where id = ?")) {
            s.setInt(1, days);
            s.setInt(2, days);
            s.setObject(3, UUID.fromString(id));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
