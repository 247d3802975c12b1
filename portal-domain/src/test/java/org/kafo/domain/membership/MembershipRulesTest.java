package org.kafo.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenant.Tenant;

class MembershipRulesTest {

    private final Caller ameAdmin = Callers.of("ame", Role.TENANT_ADMIN);
    private final MemberAccount moussa = account("m1", MemberRole.TENANT_ADMIN, false, true);
    private final MemberAccount aissata = account("m2", MemberRole.MEMBER, false, true);
    private final MemberAccount coordinator = account("m3", MemberRole.MEMBER, true, true);

    @Test
    void aTenantAdminManagesItsOwnAssociationOnlyAndTheCoordinationEveryOne() {
        assertThat(MembershipRules.canManage(ameAdmin, "ame")).isTrue();
        assertThat(MembershipRules.canManage(ameAdmin, "cimade")).isFalse();
        assertThat(MembershipRules.canManage(Callers.of("ame", Role.NETWORK_ADMIN), "cimade")).isTrue();
        for (Caller nobody : List.of(Callers.of("ame", Role.MEMBER), Callers.of("ame", Role.OBSERVER),
                Callers.of(null, Role.OBSERVER), Caller.anonymous())) {
            assertThat(MembershipRules.canManage(nobody, "ame")).as(nobody.username()).isFalse();
        }
        assertThatThrownBy(() -> MembershipRules.requireCanManage(ameAdmin, "cimade"))
                .hasMessage("Vous ne gérez que les membres de votre association.");
    }

    @Test
    void theLastAdministratorKeepsTheRoleAndTheAccount() {
        List<MemberAccount> members = List.of(moussa, aissata);
        assertThatThrownBy(() -> MembershipRules.checkRoleChange(ameAdmin, moussa, MemberRole.MEMBER, members))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("dernier administrateur");
                });
        assertThatThrownBy(() -> MembershipRules.checkDisable(Callers.of("ame", Role.NETWORK_ADMIN), moussa, members))
                .hasMessageContaining("dernier administrateur");

        MemberAccount second = account("m4", MemberRole.TENANT_ADMIN, false, true);
        assertThatCode(() -> MembershipRules.checkRoleChange(ameAdmin, moussa, MemberRole.MEMBER, List.of(moussa, second)))
                .doesNotThrowAnyException();
        MemberAccount disabledAdmin = account("m5", MemberRole.TENANT_ADMIN, false, false);
        assertThatThrownBy(() -> MembershipRules.checkRoleChange(ameAdmin, moussa, MemberRole.OBSERVER, List.of(moussa, disabledAdmin)))
                .as("a disabled admin does not count").hasMessageContaining("dernier administrateur");
    }

    @Test
    void nobodyDisablesThemselvesAndOnlyTheCoordinationTouchesItsOwnAccounts() {
        Caller self = new Caller("m1", "admin.ame", "Moussa", null, "ame", java.util.Set.of(Role.TENANT_ADMIN));
        assertThatThrownBy(() -> MembershipRules.checkDisable(self, moussa, List.of(moussa, account("m4", MemberRole.TENANT_ADMIN, false, true))))
                .hasMessageContaining("votre propre compte");
        assertThatThrownBy(() -> MembershipRules.checkDisable(ameAdmin, coordinator, List.of(moussa, coordinator)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatCode(() -> MembershipRules.checkDisable(ameAdmin, aissata, List.of(moussa, aissata))).doesNotThrowAnyException();
    }

    @Test
    void aSuspendedAssociationInvitesNobody() {
        Tenant ame = new Tenant("ame", "Association Malienne des Expulsés", "AME", "ML", "Bamako");
        assertThatCode(() -> MembershipRules.requireCanInvite(ameAdmin, ame)).doesNotThrowAnyException();
        ame.suspend();
        assertThatThrownBy(() -> MembershipRules.requireCanInvite(Callers.of("cimade", Role.NETWORK_ADMIN), ame))
                .hasMessageContaining("suspendue");
    }

    @Test
    void invitationsAreCheckedAndNetworkAdminIsNeverGiven() {
        Invitation ok = Invitation.of(" Awa.Traore@AME.example ", "Awa", "Traoré", "member");
        assertThat(ok.email()).isEqualTo("awa.traore@ame.example");
        assertThat(ok.role()).isEqualTo(MemberRole.MEMBER);
        assertThatThrownBy(() -> Invitation.of("awa@ame.example", "Awa", "Traoré", "network-admin"))
                .hasMessageContaining("coordination du réseau");
        assertThatThrownBy(() -> Invitation.of("awa at ame", "", "Traoré", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors())
                        .extracting(DomainException.FieldError::field).containsExactly("email", "firstName", "role"));
        assertThatThrownBy(() -> Invitation.requireRole("admin")).hasMessageContaining("Choisissez un rôle");
    }

    private static MemberAccount account(String id, MemberRole role, boolean networkAdmin, boolean enabled) {
        return new MemberAccount(id, "u" + id, id + "@ame.example", "Prénom", id, role, networkAdmin, enabled, false);
    }
}
