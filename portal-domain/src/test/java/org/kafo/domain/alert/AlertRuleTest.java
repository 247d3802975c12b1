package org.kafo.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.domain.alert.AlertAction.CANCEL;
import static org.kafo.domain.alert.AlertAction.CHANGE;
import static org.kafo.domain.alert.AlertAction.CLOSE;
import static org.kafo.domain.alert.AlertAction.DECIDE;
import static org.kafo.domain.alert.AlertAction.FILE_REPORT;
import static org.kafo.domain.alert.AlertAction.OFFER;
import static org.kafo.domain.alert.AlertAction.READ_FREE_TEXT;
import static org.kafo.domain.alert.AlertAction.READ_PERSONAL_DATA;
import static org.kafo.domain.alert.AlertAction.RECORD_ARRIVAL;
import static org.kafo.domain.alert.AlertAction.RECORD_PERSONAL_DATA;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/**
 * The one rule of who may do what on an alert, for every kind of caller, at each stage of the alert's life. The
 * expected rights are written out here, not taken from the rule: this is the table the guides show.
 */
class AlertRuleTest {

    private final AlertFixture fx = new AlertFixture();
    private final Caller owner = Callers.of("cimade", Role.MEMBER);
    private final Caller ownerAdmin = Callers.of("cimade", Role.TENANT_ADMIN);
    private final Caller ownerObserver = Callers.of("cimade", Role.OBSERVER);
    private final Caller receiver = Callers.of("ame", Role.MEMBER);
    private final Caller pending = Callers.of("mission-catholique-gao", Role.MEMBER);
    private final Caller declined = Callers.of("apdha", Role.TENANT_ADMIN);
    private final Caller withdrawn = Callers.of("resf", Role.MEMBER);
    private final Caller other = Callers.of("autre", Role.MEMBER);
    private final Caller coordination = Callers.of("ame", Role.NETWORK_ADMIN);
    private final Caller observer = Callers.of(null, Role.OBSERVER);
    private final Caller anonymous = Caller.anonymous();

    private static final Set<AlertAction> OWNER_BEFORE_ARRIVAL = EnumSet.of(CHANGE, CANCEL, DECIDE, RECORD_ARRIVAL,
            READ_PERSONAL_DATA, RECORD_PERSONAL_DATA, READ_FREE_TEXT);
    private static final Set<AlertAction> RECEIVER_BEFORE_ARRIVAL = EnumSet.of(RECORD_ARRIVAL, READ_PERSONAL_DATA,
            RECORD_PERSONAL_DATA, READ_FREE_TEXT);
    private static final Set<AlertAction> NOTHING = EnumSet.noneOf(AlertAction.class);

    @Test
    void beforeTheArrival() {
        Alert alert = withEveryStanding();
        Map<Caller, Set<AlertAction>> expected = new LinkedHashMap<>();
        expected.put(owner, OWNER_BEFORE_ARRIVAL);
        expected.put(ownerAdmin, OWNER_BEFORE_ARRIVAL);
        expected.put(ownerObserver, NOTHING);
        expected.put(receiver, RECEIVER_BEFORE_ARRIVAL);
        expected.put(pending, NOTHING);
        expected.put(declined, EnumSet.of(OFFER));
        expected.put(withdrawn, EnumSet.of(OFFER));
        expected.put(other, EnumSet.of(OFFER));
        expected.put(coordination, NOTHING);
        expected.put(observer, NOTHING);
        expected.put(anonymous, NOTHING);
        expected.forEach((caller, actions) -> assertThat(AlertRule.allowed(caller, alert)).as(caller.username()).isEqualTo(actions));
        assertThat(AlertRule.standing(pending, alert)).isEqualTo(AlertRule.Standing.OFFERED);
        assertThat(AlertRule.standing(declined, alert)).isEqualTo(AlertRule.Standing.DECLINED);
        assertThat(AlertRule.standing(withdrawn, alert)).isEqualTo(AlertRule.Standing.WITHDRAWN);
        assertThat(AlertRule.standing(coordination, alert)).isEqualTo(AlertRule.Standing.READER);
    }

    @Test
    void afterTheArrivalNoOfferAndEachReceivingAssociationReportsOnce() {
        UUID id = withEveryStanding().id();
        fx.service(s -> s.recordArrival(receiver, id, AlertFixture.arrivedNow(100), null));
        fx.service(s -> s.fileReceptionReport(receiver, id, ReceptionReport.of(60, List.of("WELCOME"), null, null), null));
        Alert alert = fx.service(s -> s.find(owner, id));
        assertThat(AlertRule.allowed(owner, alert)).isEqualTo(EnumSet.of(CLOSE, DECIDE, FILE_REPORT, READ_PERSONAL_DATA,
                RECORD_PERSONAL_DATA, READ_FREE_TEXT));
        assertThat(AlertRule.allowed(receiver, alert)).as("already reported")
                .isEqualTo(EnumSet.of(READ_PERSONAL_DATA, RECORD_PERSONAL_DATA, READ_FREE_TEXT));
        for (Caller c : List.of(pending, declined, withdrawn, other, coordination, observer, anonymous)) {
            assertThat(AlertRule.allowed(c, alert)).as(c.username()).isEmpty();
        }
    }

    @Test
    void onceClosedOnlyTheReadingOfWhatWasRecordedRemains() {
        UUID id = withEveryStanding().id();
        fx.service(s -> s.recordArrival(owner, id, AlertFixture.arrivedNow(100), null));
        fx.service(s -> s.fileReceptionReport(owner, id, ReceptionReport.of(100, List.of("WELCOME"), null, null), null));
        fx.service(s -> s.close(owner, id, null));
        Alert alert = fx.service(s -> s.find(owner, id));
        assertThat(AlertRule.allowed(owner, alert)).isEqualTo(EnumSet.of(READ_PERSONAL_DATA, READ_FREE_TEXT));
        assertThat(AlertRule.allowed(receiver, alert)).isEqualTo(EnumSet.of(READ_PERSONAL_DATA, READ_FREE_TEXT));
        assertThat(AlertRule.allowed(other, alert)).isEmpty();
    }

    @Test
    void freeTextIsForTheOwnerAndTheReceiversAndADecisionsReasonAlsoForItsAssociation() {
        Alert alert = withEveryStanding();
        for (Caller c : List.of(owner, ownerAdmin, receiver)) {
            assertThat(AlertRule.mayReadFreeText(c, alert, null)).as(c.username()).isTrue();
        }
        for (Caller c : List.of(ownerObserver, pending, declined, withdrawn, other, coordination, observer, anonymous)) {
            assertThat(AlertRule.mayReadFreeText(c, alert, null)).as(c.username()).isFalse();
        }
        assertThat(AlertRule.mayReadFreeText(declined, alert, "apdha")).isTrue();
        assertThat(AlertRule.mayReadFreeText(other, alert, "apdha")).isFalse();
        assertThat(AlertRule.mayReadFreeText(Callers.of("apdha", Role.OBSERVER), alert, "apdha")).isFalse();
    }

    @Test
    void onlyMembersOfAnAssociationPost() {
        assertThat(AlertRule.mayPost(owner)).isTrue();
        assertThat(AlertRule.mayPost(ownerAdmin)).isTrue();
        for (Caller c : List.of(ownerObserver, coordination, observer, anonymous)) {
            assertThat(AlertRule.mayPost(c)).as(c.username()).isFalse();
        }
    }

    /** A network alert of cimade: ame accepted, gao waiting, apdha declined, resf withdrawn. */
    private Alert withEveryStanding() {
        UUID id = fx.service(s -> s.create(owner, AlertFixture.charter(), true)).id();
        fx.received(owner, receiver, id);
        fx.received(owner, withdrawn, id);
        fx.service(s -> s.withdraw(owner, id, "resf", "Équipe indisponible", null));
        fx.service(s -> s.offer(declined, id));
        fx.service(s -> s.decline(owner, id, "apdha", "Pas d'équipe à Bamako", null));
        fx.service(s -> s.offer(pending, id));
        return fx.service(s -> s.find(owner, id));
    }
}
