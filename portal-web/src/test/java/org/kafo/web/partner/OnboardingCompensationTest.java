package org.kafo.web.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kafo.domain.membership.MemberRole;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenant.PartnerApplication;
import org.kafo.domain.tenant.Partners;
import org.kafo.domain.tenant.Tenant;
import org.kafo.web.identity.IdentityDirectory;

/**
 * What an onboarding removes from Keycloak when the portal's transaction fails after Keycloak succeeded. The
 * Keycloak side is recorded, not called: the real server's compensation is covered by the onboarding ITs.
 */
class OnboardingCompensationTest {

    private final RecordingIdentity identity = new RecordingIdentity();
    private final Application partners = new Application();
    private final Onboarding onboarding = new Onboarding();

    {
        onboarding.identity = identity;
        onboarding.partners = partners;
    }

    @Test
    void aFailedTransactionRemovesWhatThisOnboardingCreatedInKeycloak() {
        partners.committedMeanwhile = false;
        assertThatThrownBy(() -> onboarding.onboard(null, application())).isInstanceOf(DomainException.class);
        assertThat(identity.deleted).containsExactly("account:user-1", "organization:org-1");
    }

    @Test
    void losingTheRaceToAnotherOnboardingOfTheSameAliasRemovesNothingThatOneMayUse() {
        partners.committedMeanwhile = true; // the other admin's onboarding of the same alias committed first
        assertThatThrownBy(() -> onboarding.onboard(null, application()))
                .isInstanceOf(DomainException.class).hasMessageContaining("déjà");
        assertThat(identity.deleted).isEmpty();
    }

    private static PartnerApplication application() {
        return PartnerApplication.of("aracem", "Association des Refoulés d'Afrique Centrale au Mali", "ARACEM", "ML", "Bamako",
                "association-de-migrants", "contact@aracem.example", "admin@aracem.example", "Awa", "Traoré");
    }

    /** The portal's side: the check passes, the transaction fails as when the alias was just taken. */
    private static final class Application extends Partners {
        boolean committedMeanwhile;

        @Override
        public void checkNew(Caller caller, PartnerApplication application) {
        }

        @Override
        public Tenant onboard(Caller caller, PartnerApplication application, String firstAdminId) {
            throw DomainException.invalid("alias", Message.of("partner.alias.takenShort", application.alias()));
        }

        @Override
        public boolean onboarded(String alias) {
            return committedMeanwhile;
        }
    }

    /** Keycloak's side: this call creates the organization and the account; removals are recorded. */
    private static final class RecordingIdentity extends IdentityDirectory {
        final List<String> deleted = new ArrayList<>();

        @Override
        public Organization ensureOrganization(PartnerApplication application) {
            return new Organization("org-1", application.alias(), true);
        }

        @Override
        public Account ensureAccount(String email, String firstName, String lastName, String tenantAlias) {
            return new Account("user-1", email, true, false);
        }

        @Override
        public void addMember(String organizationId, String userId) {
        }

        @Override
        public void setRole(String userId, MemberRole role) {
        }

        @Override
        public void deleteAccount(String userId) {
            deleted.add("account:" + userId);
        }

        @Override
        public void deleteOrganization(String id) {
            deleted.add("organization:" + id);
        }
    }
}
