package org.kafo.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.Visibility;

/**
 * What readers other than the owner and the accepted receivers get: the structured facts, never the free text that
 * may describe people; and of the earlier versions, only those they could see when each was current.
 */
class FreeTextAndVersionsTest {

    private final AlertFixture fx = new AlertFixture();
    private final Caller cimade = Callers.of("cimade", Role.MEMBER);
    private final Caller ame = Callers.of("ame", Role.MEMBER);
    private final Caller gao = Callers.of("mission-catholique-gao", Role.MEMBER);
    private final Caller observer = Callers.of(null, Role.OBSERVER);

    @Test
    void theDescriptionReportNotesAndCancelReasonAreForTheOwnerAndTheReceiversOnly() {
        UUID id = fx.service(s -> s.create(cimade, AlertFixture.forAudience("PUBLIC"), true)).id();
        fx.received(cimade, ame, id);
        fx.service(s -> s.offer(gao, id));
        fx.service(s -> s.recordArrival(ame, id, AlertFixture.arrivedNow(110), null));
        fx.service(s -> s.fileReceptionReport(ame, id, ReceptionReport.of(110, List.of("WELCOME", "MEDICAL"),
                "Deux femmes orientées vers l'hôpital Gabriel-Touré", "Un mineur sans papiers"), null));
        Alert alert = fx.service(s -> s.find(cimade, id));
        ReceptionReport report = alert.reportOf("ame").orElseThrow();

        for (Caller reader : List.of(cimade, ame)) {
            assertThat(alert.contentFor(reader).description()).as(reader.username()).isEqualTo("Expulsion massive depuis Tripoli.");
            assertThat(report.referralsFor(reader)).as(reader.username()).contains("Deux femmes orientées vers l'hôpital Gabriel-Touré");
            assertThat(report.notesFor(reader)).isPresent();
        }
        for (Caller reader : List.of(gao, observer, Callers.of("ame", Role.NETWORK_ADMIN), Caller.anonymous())) {
            AlertContent seen = alert.contentFor(reader);
            assertThat(seen.description()).as(reader.username()).isNull();
            assertThat(seen.peopleCount()).as("the structured facts stay").isEqualTo(120);
            assertThat(seen.needs()).containsExactlyInAnyOrder(Assistance.WELCOME, Assistance.MEDICAL, Assistance.SHELTER);
            assertThat(report.referralsFor(reader)).isEmpty();
            assertThat(report.notesFor(reader)).isEmpty();
            assertThat(report.received()).isEqualTo(110);
        }
        assertThat(alert.content().description()).as("kept whole for the owner's form").isNotNull();

        UUID cancelled = fx.service(s -> s.create(cimade, AlertFixture.forAudience("PUBLIC"), true)).id();
        fx.service(s -> s.cancel(cimade, cancelled, "La famille de M. K. a obtenu un référé", null));
        Alert c = fx.service(s -> s.find(cimade, cancelled));
        assertThat(c.cancelReasonFor(cimade)).contains("La famille de M. K. a obtenu un référé");
        assertThat(c.cancelReasonFor(Caller.anonymous())).isEmpty();
        assertThat(c.cancelReasonFor(ame)).isEmpty();
        TimelineEntry entry = c.timeline().get(c.timeline().size() - 1);
        assertThat(entry.detail()).isEqualTo("Alerte annulée");
        assertThat(entry.noteFor(cimade)).isPresent();
        assertThat(entry.noteFor(Caller.anonymous())).isEmpty();
    }

    @Test
    void anAlertWidenedToThePublicDoesNotPublishItsNetworkVersion() {
        Alert v1 = fx.service(s -> s.create(cimade, AlertFixture.charter(), true));
        Alert v2 = fx.service(s -> s.update(cimade, v1.id(), AlertFixture.forAudience("PUBLIC"), v1.version()));
        Alert alert = fx.service(s -> s.find(Caller.anonymous(), v2.id()));
        assertThat(alert.revisions()).extracting(AlertRevision::visibility).containsExactly(Visibility.NETWORK, Visibility.PUBLIC);
        assertThat(alert.revisionsFor(Caller.anonymous())).extracting(AlertRevision::revision).containsExactly(2);
        assertThat(alert.revisionsFor(observer)).extracting(AlertRevision::revision).containsExactly(1, 2);
        assertThat(alert.revisionsFor(gao)).extracting(AlertRevision::revision).containsExactly(1, 2);
        assertThat(alert.revisionsFor(gao).get(0).contentFor(gao).description()).as("no free text in a version either").isNull();
        assertThat(alert.revisionsFor(cimade).get(0).contentFor(cimade).description()).isNotNull();
    }

    @Test
    void anAlertNarrowedToPartnersKeepsItsEarlierVersionsFromThoseItNoLongerNames() {
        Alert v1 = fx.service(s -> s.create(cimade, AlertFixture.forPartners("ame", "apdha"), true));
        Alert v2 = fx.service(s -> s.update(cimade, v1.id(), AlertFixture.forPartners("ame"), v1.version()));
        Alert alert = fx.service(s -> s.find(ame, v2.id()));
        assertThat(alert.revisionsFor(ame)).extracting(AlertRevision::revision).containsExactly(1, 2);
        assertThat(alert.revisionsFor(Callers.of("apdha", Role.MEMBER))).extracting(AlertRevision::revision).containsExactly(1);
        assertThat(alert.revisions().get(0).partnerTenants()).containsExactlyInAnyOrder("ame", "apdha");
    }
}
