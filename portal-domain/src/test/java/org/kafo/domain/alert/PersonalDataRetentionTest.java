package org.kafo.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/**
 * Personal data is purged once the retention period has run from the expected arrival or the last activity, whichever
 * is later, whether or not the alert was ever closed; the purge is audited and can run again, or twice at once, safely.
 */
class PersonalDataRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(90);

    private final AlertFixture fx = new AlertFixture();
    private final Caller cimade = Callers.of("cimade", Role.MEMBER);
    private final ArrivingPerson.Details moussa = new ArrivingPerson.Details("Moussa K.", 24, "+223 76 00 00 00",
            "Frère à Kayes", "Blessure au bras pendant l'escorte");

    @Test
    void anAlertNeverClosedIsPurgedOnceItsArrivalAndItsLastActivityAreOlderThanTheRetention() {
        UUID forgotten = alertWithOnePerson();
        aged(forgotten, 100, 95);
        UUID stillActive = alertWithOnePerson();
        aged(stillActive, 100, 10);
        UUID arrivingLater = alertWithOnePerson();
        aged(arrivingLater, 60, 95);
        UUID closedLongAgo = alertWithOnePerson();
        fx.service(s -> s.cancel(cimade, closedLongAgo, "Vol annulé", null));
        aged(closedLongAgo, 120, 110);
        UUID nobodyRecorded = fx.service(s -> s.create(cimade, AlertFixture.charter(), true)).id();
        aged(nobodyRecorded, 200, 200);

        Instant now = Instant.now();
        assertThat(due(now)).as("still published, never closed, forgotten: due").containsExactlyInAnyOrder(forgotten, closedLongAgo);
        assertThat(purge(forgotten, now)).isEqualTo(1);

        assertThat(fx.count("select count(*) from alert_person where alert_id = '" + forgotten + "'")).isZero();
        assertThat(fx.count("select count(*) from alert_person where alert_id in ('" + stillActive + "', '" + arrivingLater + "')"))
                .as("the others keep theirs").isEqualTo(2);
        Alert purged = fx.service(s -> s.find(cimade, forgotten));
        assertThat(purged.status()).isEqualTo(AlertStatus.PUBLISHED);
        assertThat(purged.personalDataPurgedAt()).isPresent();
        assertThat(purged.timeline()).extracting(TimelineEntry::action).contains("purged");
        assertThat(fx.count("select count(*) from audit_entry where action = 'alert.personal-data.purge' and target_id = '"
                + forgotten + "' and actor_name = 'kafo' and detail like '1 fiche(s)%90 jours%'")).isEqualTo(1);
    }

    @Test
    void thePurgeIsIdempotentAndLeavesAloneWhatWasTouchedSinceItWasFoundDue() {
        UUID forgotten = alertWithOnePerson();
        aged(forgotten, 100, 95);
        UUID touchedSince = alertWithOnePerson();
        aged(touchedSince, 100, 95);
        Instant now = Instant.now();
        assertThat(due(now)).containsExactlyInAnyOrder(forgotten, touchedSince);
        // Someone records a second person after the job found the alert due: the data is in use again.
        fx.service(s -> s.addPerson(cimade, touchedSince, moussa));

        assertThat(purge(forgotten, now)).isEqualTo(1);
        assertThat(purge(forgotten, now)).as("run again: nothing left").isZero();
        assertThat(purge(touchedSince, now)).as("touched since").isZero();

        assertThat(fx.count("select count(*) from alert_person where alert_id = '" + touchedSince + "'")).isEqualTo(2);
        assertThat(fx.count("select count(*) from audit_entry where action = 'alert.personal-data.purge'"))
                .as("one purge, one entry").isEqualTo(1);
        assertThat(due(now)).isEmpty();
    }

    private List<UUID> due(Instant now) {
        return fx.service(s -> s.duePersonalDataPurge(now, RETENTION));
    }

    private int purge(UUID id, Instant now) {
        return fx.service(s -> s.purgePersonalData(id, now, RETENTION));
    }

    private UUID alertWithOnePerson() {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.charter(), true)).id();
        fx.service(s -> s.addPerson(cimade, id, moussa));
        return id;
    }

    /** Moves the alert's expected arrival and last activity back in time, as if days had passed. */
    private void aged(UUID id, int arrivedDaysAgo, int activeDaysAgo) {
        fx.db.run(em -> em.createNativeQuery("update alert set expected_arrival = now() - make_interval(days => ?1),"
                        + " updated_at = now() - make_interval(days => ?2) where id = ?3")
                .setParameter(1, arrivedDaysAgo).setParameter(2, activeDaysAgo).setParameter(3, id).executeUpdate());
    }
}
