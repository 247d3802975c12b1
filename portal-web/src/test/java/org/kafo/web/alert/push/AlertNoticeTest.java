package org.kafo.web.alert.push;



import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.domain.alert.AlertChanged;
import org.kafo.domain.alert.AlertStatus;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.domain.tenancy.VisibilityRule;

/** A change relayed to another instance is the same change there: the visibility rule decides alike. */
class AlertNoticeTest {

    private static final AlertChanged PARTNERS = new AlertChanged(UUID.randomUUID(), AlertChanged.Change.PUBLISHED,
            "Vol charter de Libye – Bamako-Sénou", AlertStatus.PUBLISHED, "cimade", Visibility.PARTNERS, Set.of("ame"),
            "bamako-senou", "Aéroport de Bamako-Sénou", null, Instant.parse("2026-12-01T10:00:00Z"), 2, true,
            Instant.parse("2026-11-25T21:00:00.123Z"), null);

    @Test
    void aChangeSurvivesTheTripThroughANotice() {
        AlertChanged back = AlertNotice.read(AlertNotice.notice(PARTNERS).build());
        assertThat(back).isEqualTo(PARTNERS);
        AlertChanged withRegion = new AlertChanged(PARTNERS.alertId(), AlertChanged.Change.CANCELLED, PARTNERS.headline(),
                AlertStatus.CANCELLED, "ame", Visibility.NETWORK, Set.of(), "gao", "Gao", "gao", PARTNERS.expectedArrival(), 0, false,
                PARTNERS.at(), null);
        assertThat(AlertNotice.read(AlertNotice.notice(withRegion).build())).isEqualTo(withRegion);
        AlertChanged offer = new AlertChanged(PARTNERS.alertId(), AlertChanged.Change.OFFERED, PARTNERS.headline(),
                AlertStatus.PUBLISHED, "cimade", Visibility.NETWORK, Set.of(), "gao", "Gao", "gao", PARTNERS.expectedArrival(), 1, false,
                PARTNERS.at(), "mission-catholique-gao");
        assertThat(AlertNotice.read(AlertNotice.notice(offer).build())).isEqualTo(offer);
    }

    @Test
    void theRelayedChangeReachesThePartnerAndNoOtherAssociation() {
        AlertChanged back = AlertNotice.read(AlertNotice.notice(PARTNERS).build());
        Caller ame = new Caller("u1", "accueil.ame", "Accueil AME", null, "ame", Set.of(Role.MEMBER));
        Caller apdha = new Caller("u2", "membre.apdha", "Membre APDHA", null, "apdha", Set.of(Role.MEMBER));
        assertThat(VisibilityRule.canSee(ame, back)).isTrue();
        assertThat(VisibilityRule.canSee(apdha, back)).isFalse();
        assertThat(VisibilityRule.canSee(Caller.anonymous(), back)).isFalse();
    }
}
