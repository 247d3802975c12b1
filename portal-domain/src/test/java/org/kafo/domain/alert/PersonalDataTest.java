package org.kafo.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kafo.domain.alert.AlertLifecycleTest.assertForbidden;
import static org.kafo.domain.alert.AlertLifecycleTest.assertNotFound;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/** Personal data: the owner and the receiving associations only, audited (its purge: {@link PersonalDataRetentionTest}). */
class PersonalDataTest {

    private final AlertFixture fx = new AlertFixture();
    private final Caller cimade = Callers.of("cimade", Role.MEMBER);
    private final Caller ame = Callers.of("ame", Role.MEMBER);
    private final ArrivingPerson.Details moussa = new ArrivingPerson.Details("Moussa K.", 24, "+223 76 00 00 00",
            "Frère à Kayes", "Blessure au bras pendant l'escorte");

    @Test
    void theOwnerAndTheReceivingAssociationReadAndWriteEveryoneElseIsRefusedAndEachReadIsAudited() {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.charter(), true)).id();
        fx.service(s -> s.addPerson(cimade, id, moussa));
        for (Caller refused : List.of(ame, Callers.of("ame", Role.NETWORK_ADMIN), Callers.of(null, Role.OBSERVER),
                Callers.of("apdha", Role.TENANT_ADMIN))) {
            assertForbidden(() -> fx.service(s -> s.people(refused, id)));
            assertForbidden(() -> fx.service(s -> s.addPerson(refused, id, moussa)));
        }
        assertNotFound(() -> fx.service(s -> s.people(Caller.anonymous(), id)));

        fx.received(cimade, ame, id);
        List<ArrivingPerson> seen = fx.service(s -> s.people(ame, id));
        assertThat(seen).extracting(ArrivingPerson::fullName).containsExactly("Moussa K.");
        assertThat(fx.count("select count(*) from audit_entry where sensitive_read and actor_tenant = 'ame'")).isEqualTo(1);
        assertThat(fx.count("select count(*) from audit_entry where action = 'alert.personal-data.add'")).isEqualTo(1);
        assertThat(fx.announced).allSatisfy(e -> assertThat(e.toString()).doesNotContain("Moussa"));
    }
}
