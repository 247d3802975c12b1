package org.kafo.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kafo.domain.alert.AlertLifecycleTest.assertConflict;
import static org.kafo.domain.alert.AlertLifecycleTest.assertForbidden;
import static org.kafo.domain.alert.AlertLifecycleTest.assertNotFound;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/**
 * Taking in charge is an offer that the owner accepts or declines, and may later withdraw: each transition, the good
 * and the refused, and what each gives (or not) to the association that offered.
 */
class OffersTest {

    private final AlertFixture fx = new AlertFixture();
    private final Caller cimade = Callers.of("cimade", Role.MEMBER);
    private final Caller ame = Callers.of("ame", Role.MEMBER);
    private final Caller gao = Callers.of("mission-catholique-gao", Role.MEMBER);
    private final Caller apdha = Callers.of("apdha", Role.MEMBER);
    private final ArrivingPerson.Details moussa = new ArrivingPerson.Details("Moussa K.", 24, null, null, "Blessure au bras");

    @Test
    void anOfferGivesNoRightUntilTheOwnerAcceptsIt() {
        UUID id = published();
        fx.service(s -> s.addPerson(cimade, id, moussa));
        fx.service(s -> s.offer(ame, id));

        Alert offered = fx.service(s -> s.find(ame, id));
        assertThat(offered.claimOf("ame")).hasValueSatisfying(c -> {
            assertThat(c.state()).isEqualTo(ClaimState.OFFERED);
            assertThat(c.offeredBy()).isEqualTo(ame.username());
            assertThat(c.decidedAt()).isEmpty();
        });
        assertThat(offered.status()).isEqualTo(AlertStatus.PUBLISHED);
        assertThat(offered.offerPending()).isTrue();
        assertThat(AlertRule.standing(ame, offered)).isEqualTo(AlertRule.Standing.OFFERED);
        assertForbidden(() -> fx.service(s -> s.people(ame, id)));
        assertForbidden(() -> fx.service(s -> s.addPerson(ame, id, moussa)));
        assertForbidden(() -> fx.service(s -> s.recordArrival(ame, id, AlertFixture.arrivedNow(3), null)));
        assertThat(fx.service(s -> s.find(ame, id)).contentFor(ame).description()).as("free text: not yet").isNull();
        assertThat(fx.announced).last().satisfies(e -> {
            assertThat(e.change()).isEqualTo(AlertChanged.Change.OFFERED);
            assertThat(e.subjectTenant()).isEqualTo("ame");
            assertThat(e.ownerTenant()).isEqualTo("cimade");
        });
        assertThat(fx.count("select count(*) from audit_entry where action = 'alert.claim.offer' and actor_tenant = 'ame'")).isEqualTo(1);

        fx.service(s -> s.accept(cimade, id, "ame", null));
        Alert accepted = fx.service(s -> s.find(ame, id));
        assertThat(accepted.status()).isEqualTo(AlertStatus.TAKEN_IN_CHARGE);
        assertThat(accepted.claimOf("ame")).hasValueSatisfying(c -> {
            assertThat(c.state()).isEqualTo(ClaimState.ACCEPTED);
            assertThat(c.decidedBy()).isEqualTo(cimade.username());
            assertThat(c.namedPartner()).isFalse();
        });
        List<ArrivingPerson> seen = fx.service(s -> s.people(ame, id));
        assertThat(seen).extracting(ArrivingPerson::fullName).containsExactly("Moussa K.");
        assertThat(accepted.contentFor(ame).description()).isEqualTo("Expulsion massive depuis Tripoli.");
        assertThat(fx.announced).last().extracting(AlertChanged::change, AlertChanged::subjectTenant)
                .containsExactly(AlertChanged.Change.ACCEPTED, "ame");
    }

    @Test
    void onlyTheOwnerDecidesAndNeverTheAssociationThatOffered() {
        UUID id = published();
        fx.service(s -> s.offer(ame, id));
        fx.received(cimade, gao, id);
        for (Caller notOwner : List.of(ame, gao, apdha, Callers.of(null, Role.OBSERVER), Callers.of("ame", Role.NETWORK_ADMIN),
                Callers.of("cimade", Role.OBSERVER))) {
            assertForbidden(() -> fx.service(s -> s.accept(notOwner, id, "ame", null)));
            assertForbidden(() -> fx.service(s -> s.decline(notOwner, id, "ame", "non", null)));
            assertForbidden(() -> fx.service(s -> s.withdraw(notOwner, id, "mission-catholique-gao", "non", null)));
        }
        assertThatThrownBy(() -> fx.service(s -> s.accept(ame, id, "ame", null))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessage()).contains("Seule l'association qui a publié l'alerte", "votre offre attend sa réponse"));
        assertThat(fx.service(s -> s.find(cimade, id)).claimOf("ame").orElseThrow().state()).isEqualTo(ClaimState.OFFERED);
        assertThat(fx.count("select count(*) from audit_entry where action like 'alert.claim.%' and actor_tenant <> 'cimade'"))
                .as("only the offers were written").isEqualTo(2);
    }

    @Test
    void aDeclineNeedsAReasonThatTheAssociationReadsAndItMayOfferAgain() {
        UUID id = published();
        fx.service(s -> s.offer(ame, id));
        int outbox = (int) fx.count("select count(*) from search_outbox");
        assertThatThrownBy(() -> fx.service(s -> s.decline(cimade, id, "ame", "  ", null))).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.errors()).extracting(DomainException.FieldError::field).containsExactly("reason");
            assertThat(e.getMessage()).contains("pourquoi vous déclinez");
        });
        assertThatThrownBy(() -> fx.service(s -> s.decline(cimade, id, "ame", "x".repeat(501), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("trop long"));
        assertThat(fx.count("select count(*) from search_outbox")).as("a refusal writes nothing").isEqualTo(outbox);
        assertNotFound(() -> fx.service(s -> s.decline(cimade, id, "apdha", "pas d'offre", null)));

        fx.service(s -> s.decline(cimade, id, "ame", "Nos équipes de Bamako suffisent pour ce vol", null));
        Alert declined = fx.service(s -> s.find(ame, id));
        Claim claim = declined.claimOf("ame").orElseThrow();
        assertThat(claim.state()).isEqualTo(ClaimState.DECLINED);
        assertThat(claim.reasonFor(ame)).contains("Nos équipes de Bamako suffisent pour ce vol");
        assertThat(claim.reasonFor(cimade)).isPresent();
        assertThat(claim.reasonFor(gao)).as("another association").isEmpty();
        assertThat(claim.reasonFor(Caller.anonymous())).isEmpty();
        assertThat(declined.timeline()).last().satisfies(t -> {
            assertThat(t.action()).isEqualTo("declined");
            assertThat(t.subjectTenant()).isEqualTo("ame");
            assertThat(t.noteFor(ame)).isPresent();
            assertThat(t.noteFor(gao)).isEmpty();
        });
        assertThat(declined.status()).isEqualTo(AlertStatus.PUBLISHED);
        assertForbidden(() -> fx.service(s -> s.people(ame, id)));
        assertConflict(() -> fx.service(s -> s.accept(cimade, id, "ame", null)), "pas d'offre en attente");

        fx.service(s -> s.offer(ame, id));
        assertThat(fx.service(s -> s.find(cimade, id)).claimOf("ame").orElseThrow().state()).isEqualTo(ClaimState.OFFERED);
        assertThat(fx.service(s -> s.find(cimade, id)).claimOf("ame").orElseThrow().reasonFor(ame)).as("a new offer").isEmpty();
    }

    @Test
    void aWithdrawnAcceptanceEndsEveryRightAndTheAlertWaitsForAReceiverAgain() {
        UUID id = published();
        fx.service(s -> s.addPerson(cimade, id, moussa));
        fx.received(cimade, ame, id);
        assertNotFound(() -> fx.service(s -> s.withdraw(cimade, id, "apdha", "x", null)));
        fx.service(s -> s.offer(gao, id));
        assertConflict(() -> fx.service(s -> s.withdraw(cimade, id, "mission-catholique-gao", "x", null)), "pas de prise en charge acceptée");
        assertThatThrownBy(() -> fx.service(s -> s.withdraw(cimade, id, "ame", null, null))).isInstanceOf(DomainException.class)
                .hasMessageContaining("pourquoi vous retirez");

        fx.service(s -> s.withdraw(cimade, id, "ame", "Équipe non joignable à l'approche du vol", null));
        Alert withdrawn = fx.service(s -> s.find(ame, id));
        assertThat(withdrawn.claimOf("ame").orElseThrow().state()).isEqualTo(ClaimState.WITHDRAWN);
        assertThat(withdrawn.status()).as("no receiver left").isEqualTo(AlertStatus.PUBLISHED);
        assertThat(withdrawn.receivers()).isEmpty();
        assertForbidden(() -> fx.service(s -> s.people(ame, id)));
        assertForbidden(() -> fx.service(s -> s.addPerson(ame, id, moussa)));
        assertForbidden(() -> fx.service(s -> s.recordArrival(ame, id, AlertFixture.arrivedNow(2), null)));
        assertThat(withdrawn.contentFor(ame).description()).isNull();
        assertThat(AlertRule.standing(ame, withdrawn)).isEqualTo(AlertRule.Standing.WITHDRAWN);
        assertThat(fx.announced).last().extracting(AlertChanged::change, AlertChanged::subjectTenant)
                .containsExactly(AlertChanged.Change.WITHDRAWN, "ame");
    }

    @Test
    void aNamedPartnerIsAcceptedAtOnceUnlessTheOwnerAlreadyWithdrewIt() {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.forPartners("ame", "apdha"), true)).id();
        fx.service(s -> s.offer(ame, id));
        Alert alert = fx.service(s -> s.find(ame, id));
        assertThat(alert.claimOf("ame")).hasValueSatisfying(c -> {
            assertThat(c.state()).isEqualTo(ClaimState.ACCEPTED);
            assertThat(c.namedPartner()).isTrue();
        });
        assertThat(alert.status()).isEqualTo(AlertStatus.TAKEN_IN_CHARGE);
        assertThat(fx.announced).last().extracting(AlertChanged::change, AlertChanged::subjectTenant)
                .containsExactly(AlertChanged.Change.CLAIMED, "ame");
        List<ArrivingPerson> none = fx.service(s -> s.people(ame, id));
        assertThat(none).as("the named partner reads the personal data (none yet)").isEmpty();

        fx.service(s -> s.withdraw(cimade, id, "ame", "Erreur de destinataire", null));
        fx.service(s -> s.offer(ame, id));
        assertThat(fx.service(s -> s.find(cimade, id)).claimOf("ame").orElseThrow().state())
                .as("the owner decides again").isEqualTo(ClaimState.OFFERED);
    }

    @Test
    void whoMayNotOfferIsToldWhyAndWhatToDoInstead() {
        UUID id = published();
        assertThatThrownBy(() -> fx.service(s -> s.offer(cimade, id))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessage()).contains("Enregistrez l'arrivée et déposez votre compte rendu"));
        assertThatThrownBy(() -> fx.service(s -> s.offer(Callers.of(null, Role.OBSERVER), id))).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.getMessage()).contains("membres d'une association"));
        assertForbidden(() -> fx.service(s -> s.offer(Callers.of("ame", Role.NETWORK_ADMIN), id)));
        UUID open = fx.service(s -> s.create(cimade, AlertFixture.forAudience("PUBLIC"), true)).id();
        assertThatThrownBy(() -> fx.service(s -> s.offer(Caller.anonymous(), open))).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.getMessage()).contains("Connectez-vous"));
        UUID draft = fx.service(s -> s.create(cimade, AlertFixture.charter(), false)).id();
        assertNotFound(() -> fx.service(s -> s.offer(ame, draft)));

        fx.service(s -> s.recordArrival(cimade, id, AlertFixture.arrivedNow(120), null));
        assertConflict(() -> fx.service(s -> s.offer(ame, id)), "l'accueil n'est plus à proposer");
    }

    @Test
    void nothingIsDecidedOnAFinishedAlert() {
        UUID id = published();
        fx.service(s -> s.offer(ame, id));
        fx.service(s -> s.cancel(cimade, id, "Vol reporté", null));
        assertConflict(() -> fx.service(s -> s.accept(cimade, id, "ame", null)), "annulée");
        assertConflict(() -> fx.service(s -> s.decline(cimade, id, "ame", "trop tard", null)), "annulée");
    }

    private UUID published() {
        return fx.service(s -> s.create(cimade, AlertFixture.charter(), true)).id();
    }
}
