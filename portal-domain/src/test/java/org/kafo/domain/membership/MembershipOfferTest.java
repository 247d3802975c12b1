package org.kafo.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.support.TestDatabase;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenant.Tenant;

/** An invitation to an existing account waits for its owner, and only its owner, with the address verified. */
class MembershipOfferTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private final Caller coordination = Callers.of("ame", Role.NETWORK_ADMIN);
    private final Caller owner = new Caller("u-mariam", "observateur", "Mariam Sidibé", "m.sidibe@seminaire.example", null, Set.of(Role.OBSERVER));
    private final Caller someoneElse = Callers.of(null, Role.OBSERVER);
    private final AccountFacts verified = new AccountFacts("u-mariam", "m.sidibe@seminaire.example", true, List.of());

    @BeforeEach
    void onePartner() {
        db.truncate("tenant", "membership_offer");
        db.run(em -> em.persist(new Tenant("ame", "Association Malienne des Expulsés", "AME", "ML", "Bamako")));
    }

    @Test
    void theOwnerSeesTheOfferAndMayAcceptItWithTheAddressVerified() {
        MembershipOffer offer = db.inTransaction(em -> new MembershipOffers(em)
                .offer("ame", "u-mariam", "m.sidibe@seminaire.example", MemberRole.TENANT_ADMIN, coordination, NOW));

        List<MembershipOffer> pending = db.inTransaction(em -> new MembershipOffers(em).pendingFor(owner, NOW));
        assertThat(pending).extracting(MembershipOffer::id).containsExactly(offer.id());
        assertThat(offer.role()).isEqualTo(MemberRole.TENANT_ADMIN);
        assertThat(offer.expiresAt()).isEqualTo(NOW.plus(MembershipOffer.LIFESPAN));
        assertThatCode(() -> offer.checkAcceptance(owner, verified, NOW.plusSeconds(3600))).doesNotThrowAnyException();
    }

    @Test
    void nobodyElseSeesNorAcceptsIt() {
        MembershipOffer offer = db.inTransaction(em -> new MembershipOffers(em)
                .offer("ame", "u-mariam", "m.sidibe@seminaire.example", MemberRole.TENANT_ADMIN, coordination, NOW));

        List<MembershipOffer> othersPending = db.inTransaction(em -> new MembershipOffers(em).pendingFor(someoneElse, NOW));
        Optional<MembershipOffer> othersRead = db.inTransaction(em -> new MembershipOffers(em).find(someoneElse, offer.id()));
        Optional<MembershipOffer> anonymousRead = db.inTransaction(em -> new MembershipOffers(em).find(Caller.anonymous(), offer.id()));
        assertThat(othersPending).isEmpty();
        assertThat(othersRead).isEmpty();
        assertThat(anonymousRead).isEmpty();
        assertThatThrownBy(() -> offer.checkAcceptance(someoneElse, verified, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void anUnverifiedOrChangedAddressAnAssociationMeanwhileOrTheDelayPassedRefuseTheAcceptance() {
        MembershipOffer offer = MembershipOffer.to("ame", "u-mariam", "m.sidibe@seminaire.example", MemberRole.TENANT_ADMIN, coordination, NOW);

        assertThatThrownBy(() -> offer.checkAcceptance(owner, new AccountFacts("u-mariam", "m.sidibe@seminaire.example", false, List.of()), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                    assertThat(e.getMessage()).contains("n'est pas encore vérifiée");
                });
        assertThatThrownBy(() -> offer.checkAcceptance(owner, new AccountFacts("u-mariam", "autre@seminaire.example", true, List.of()), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("n'est plus l'adresse de votre compte"));
        assertThatThrownBy(() -> offer.checkAcceptance(owner, new AccountFacts("u-mariam", "m.sidibe@seminaire.example", true, List.of("cimade")), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("fait déjà partie d'une association"));
        assertThatThrownBy(() -> offer.checkAcceptance(owner, verified, NOW.plus(MembershipOffer.LIFESPAN)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("a expiré"));
        List<MembershipOffer> afterDelay = db.inTransaction(em -> new MembershipOffers(em).pendingFor(owner, NOW.plus(MembershipOffer.LIFESPAN)));
        assertThat(afterDelay).isEmpty();
    }

    @Test
    void aSecondInvitationRenewsTheOpenOfferWithTheLatestRole() {
        db.run(em -> new MembershipOffers(em).offer("ame", "u-mariam", "m.sidibe@seminaire.example", MemberRole.MEMBER, coordination, NOW));
        db.run(em -> new MembershipOffers(em).offer("ame", "u-mariam", "m.sidibe@seminaire.example", MemberRole.TENANT_ADMIN, coordination,
                NOW.plusSeconds(60)));

        List<MembershipOffer> offers = db.inTransaction(em -> new MembershipOffers(em).pendingFor(owner, NOW));
        assertThat(offers).hasSize(1);
        assertThat(offers.get(0).role()).isEqualTo(MemberRole.TENANT_ADMIN);
        assertThat(offers.get(0).expiresAt()).isEqualTo(NOW.plusSeconds(60).plus(MembershipOffer.LIFESPAN));
    }
}
