package org.kafo.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kafo.domain.audit.AuditLine;
import org.kafo.domain.audit.AuditLog;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.support.Callers;
import org.kafo.domain.support.TestDatabase;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

class PartnersTest {

    private final TestDatabase db = TestDatabase.get();
    private final Caller coordination = Callers.of("ame", Role.NETWORK_ADMIN);
    private final List<PartnerOnboarded> fired = new ArrayList<>();

    @BeforeEach
    void twoPartners() {
        db.truncate("tenant", "audit_entry");
        db.run(em -> {
            em.persist(new Tenant("ame", "Association Malienne des Expulsés", "AME", "ML", "Bamako"));
            em.persist(new Tenant("cimade", "La Cimade", null, "FR", "Paris"));
        });
    }

    @Test
    void onboardingRecordsThePartnerItsFirstAdminsInvitationAndTellsTheDirectory() {
        db.run(em -> partners(em).onboard(coordination, aracem(null), "user-42"));

        Tenant tenant = db.inTransaction(em -> em.find(Tenant.class, "aracem"));
        assertThat(tenant.name()).isEqualTo("Association des Refoulés d'Afrique Centrale au Mali");
        assertThat(tenant.kind()).isEqualTo(PartnerKind.ASSOCIATION_DE_MIGRANTS);
        assertThat(tenant.contactEmail()).isEqualTo("contact@aracem.example");
        assertThat(tenant.active()).isTrue();
        assertThat(fired).containsExactly(new PartnerOnboarded("aracem", tenant.name(), "ARACEM", "ML", "Bamako",
                "association-de-migrants", "contact@aracem.example"));
        assertThat(audit()).extracting(AuditLine::action, AuditLine::targetId, AuditLine::targetTenant)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("member.invite", "user-42", "aracem"),
                        org.assertj.core.groups.Tuple.tuple("partner.onboard", "aracem", "aracem"));
    }

    @Test
    void anAliasOrNameAlreadyTakenIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> db.run(em -> partners(em).onboard(coordination, aracem("cimade"), "u")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errors()).extracting(DomainException.FieldError::field).containsExactly("alias");
                    assertThat(e.getMessage()).contains("« cimade » est déjà");
                });
        PartnerApplication sameName = PartnerApplication.of(null, "la cimade", "LC", "FR", null, "ong-nationale", null,
                "x@cimade.example", "A", "B");
        assertThatThrownBy(() -> db.run(em -> partners(em).onboard(coordination, sameName, "u")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("porte déjà le nom"));
        assertThat(fired).isEmpty();
        assertThat(audit()).isEmpty();
    }

    @Test
    void onlyTheCoordinationOnboardsSuspendsAndReactivates() {
        for (Caller caller : List.of(Callers.of("cimade", Role.TENANT_ADMIN), Callers.of("cimade", Role.MEMBER),
                Callers.of(null, Role.OBSERVER), Caller.anonymous())) {
            assertThatThrownBy(() -> db.run(em -> partners(em).onboard(caller, aracem(null), "u")))
                    .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
            assertThatThrownBy(() -> db.run(em -> partners(em).suspend(caller, "cimade")))
                    .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
        }
        assertThat(db.inTransaction(em -> em.find(Tenant.class, "cimade")).active()).isTrue();
    }

    @Test
    void aSuspendedPartnerKeepsItsRecordAndCanBeReactivated() {
        db.run(em -> partners(em).suspend(coordination, "cimade"));
        Tenant suspended = db.inTransaction(em -> em.find(Tenant.class, "cimade"));
        assertThat(suspended.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(suspended.statusChangedAt()).isNotNull();
        assertThatThrownBy(() -> db.run(em -> partners(em).suspend(coordination, "cimade")))
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT);

        db.run(em -> partners(em).reactivate(coordination, "cimade"));
        assertThat(db.inTransaction(em -> em.find(Tenant.class, "cimade")).active()).isTrue();
        assertThat(audit()).extracting(AuditLine::action).containsExactly("partner.reactivate", "partner.suspend");
    }

    @Test
    void theCoordinationCannotSuspendItsOwnAssociationNorAnUnknownOne() {
        assertThatThrownBy(() -> db.run(em -> partners(em).suspend(coordination, "ame")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("propre association"));
        assertThatThrownBy(() -> db.run(em -> partners(em).suspend(coordination, "inconnue")))
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
    }

    private Partners partners(EntityManager em) {
        return new Partners(em, new TenantRegistry(em), new AuditLog(em), new Recorder());
    }

    private List<AuditLine> audit() {
        return db.inTransaction(em -> new AuditLog(em).readableBy(coordination, null, null, 0, 50));
    }

    private static PartnerApplication aracem(String alias) {
        return PartnerApplication.of(alias, "Association des Refoulés d'Afrique Centrale au Mali", "ARACEM", "ML", "Bamako",
                "association-de-migrants", "contact@aracem.example", "admin@aracem.example", "Awa", "Traoré");
    }

    /** The CDI event, as the directory would observe it. */
    private final class Recorder implements Event<PartnerOnboarded> {
        @Override
        public void fire(PartnerOnboarded event) {
            fired.add(event);
        }

        @Override
        public <U extends PartnerOnboarded> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends PartnerOnboarded> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<PartnerOnboarded> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends PartnerOnboarded> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends PartnerOnboarded> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
