package org.kafo.web.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.alert.AlertInput;
import org.kafo.domain.alert.AlertService;
import org.kafo.domain.alert.Arrival;
import org.kafo.domain.alert.ArrivingPerson;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.web.demo.DemoDataSet;

/**
 * Demo alerts drawn from the sources (mass expulsions from Libya, push-backs from Algeria to Gao, the
 * "compte-gouttes" expulsions from France on scheduled flights), at every stage of their life, posted
 * through the service as the demo users of the realm would: an offer waiting for the owner's answer, a named partner
 * accepted at once, a reception accepted, arrived, reported and closed. Personal data only on partner-only alerts.
 */
@ApplicationScoped
public class DemoAlerts implements DemoDataSet {

    @Inject
    AlertService alerts;

    @Inject
    EntityManager em;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean present() {
        return em.createQuery("select count(a) from Alert a", Long.class).getSingleResult() > 0;
    }

    @Override
    public void load() {
        Caller cimade = demo("membre.cimade", "cimade", "j.bernard@cimade.example");
        Caller ame = demo("accueil.ame", "ame", "a.diallo@ame.example");
        Caller gao = demo("membre.gao", "mission-catholique-gao", "a.maiga@mission-catholique-gao.example");
        Caller apdha = demo("membre.apdha", "apdha", "l.fernandez@apdha.example");
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);

        UUID charter = alerts.create(cimade, new AlertInput("AIR_CHARTER", "LY", List.of(), "Autorités libyennes (DCIM)",
                "Afriqiyah Airways", "8U 650", null, hour.plus(Duration.ofHours(30)), "bamako-senou", 160, 131, 21, 8, 3,
                List.of("SICK", "DETAINED", "ESCORT_VIOLENCE"), List.of("WELCOME", "SHELTER", "MEDICAL", "PSYCHOSOCIAL", "FAMILY_CONTACT", "FOOD"),
                "Partenaires en Libye, confirmé par les familles", "LIKELY", "EXPECTED", "SEVERE",
                "Charter annoncé depuis Tripoli après des rafles dans les centres de détention. Plusieurs personnes "
                        + "signalent des mauvais traitements en détention.", "NETWORK", null), true).id();
        // The AME offered to receive the charter; La Cimade has not answered yet ("offre en attente").
        alerts.offer(ame, charter);

        alerts.create(gao, new AlertInput("LAND_CONVOY", "DZ", List.of("NE"), "Autorités algériennes", null, null,
                "Camions de refoulés déposés à la frontière, puis cars jusqu'à Gao", hour.plus(Duration.ofHours(5)), "gao", 85, 70, 11, 4, 4,
                List.of("INJURED", "SICK"), List.of("WELCOME", "MEDICAL", "FOOD", "TRANSPORT"), "Équipe de la Mission à Tinzawaten",
                "OBSERVED", "IMMEDIATE", "SEVERE", "Convoi de refoulés d'Algérie ; personnes épuisées après la traversée du désert.",
                "NETWORK", null), true);

        UUID single = alerts.create(cimade, new AlertInput("AIR_ESCORTED", "FR", List.of(), "Préfecture de police de Paris",
                "Air France", "AF 596", null, hour.plus(Duration.ofHours(20)), "bamako-senou", 1, 1, 0, 0, 0,
                List.of("DETAINED"), List.of("WELCOME", "FAMILY_CONTACT", "LEGAL"), "Permanence juridique au CRA de Vincennes",
                "OBSERVED", "EXPECTED", "MODERATE", "Expulsion « au compte-gouttes » sur vol régulier, escorte policière.",
                "PARTNERS", List.of("ame")), true).id();
        // The AME is a named partner: its offer is accepted at once.
        alerts.offer(ame, single);
        alerts.addPerson(cimade, single, new ArrivingPerson.Details("Boubacar T.", 31, "+33 6 00 00 00 00",
                "Sœur à Kayes (Khasso)", "Traitement en cours : demander l'ordonnance à l'arrivée"));

        UUID closed = alerts.create(apdha, new AlertInput("LAND_PUSHBACK", "MR", List.of(), "Autorités mauritaniennes", null, null,
                "Bus de refoulés depuis Nouakchott", hour.minus(Duration.ofDays(9)), "gogui", 42, 36, 4, 2, 0,
                List.of(), List.of("WELCOME", "TRANSPORT", "FOOD"), "Partenaires à Nouakchott", "LIKELY", "EXPECTED", "MODERATE",
                "Refoulement de ressortissants maliens arrêtés à Nouadhibou.", "NETWORK", null), true).id();
        alerts.offer(ame, closed);
        alerts.accept(apdha, closed, "ame", null);
        alerts.recordArrival(ame, closed, new Arrival.Input(hour.minus(Duration.ofDays(9)).plus(Duration.ofMinutes(40)), 42, 4, 2, 0, false), null);
        alerts.fileReceptionReport(ame, closed, ReceptionReport.of(40, List.of("WELCOME", "TRANSPORT", "FOOD"),
                "6 personnes orientées vers le CIGEM pour la réinsertion", "Deux personnes parties avant l'arrivée de l'équipe."), null);
        alerts.close(apdha, closed, null);

        UUID cancelled = alerts.create(apdha, new AlertInput("AIR_ESCORTED", "ES", List.of(), "Ministerio del Interior",
                null, null, null, hour.plus(Duration.ofDays(3)), "bamako-senou", 3, 3, 0, 0, 0, List.of(), List.of("WELCOME"),
                "Avocats à Madrid", "POSSIBLE", "FUTURE", "MODERATE", null, "PARTNERS", List.of("ame", "cimade")), true).id();
        alerts.cancel(apdha, cancelled, "Expulsion suspendue par le juge", null);

        alerts.create(ame, new AlertInput("REPATRIATION", "NE", List.of(), "OIM Niger", null, null,
                "Cars affrétés par l'OIM depuis Agadez", hour.plus(Duration.ofDays(4)), "sogoniko", 120, null, null, null, null,
                List.of(), List.of("WELCOME", "TRANSPORT"), "OIM", "LIKELY", "FUTURE", "MINOR",
                "Retours organisés depuis Agadez : l'AME accueille à la gare routière de Sogoniko.", "PUBLIC", null), true);

        alerts.create(cimade, new AlertInput("AIR_ESCORTED", "FR", List.of(), null, "Air France", "AF 596", null,
                hour.plus(Duration.ofDays(2)), "bamako-senou", 2, 2, 0, 0, 0, List.of(), List.of("WELCOME"), null, null, null, null,
                "Brouillon : à confirmer avec la permanence du CRA.", "NETWORK", null), false);
    }

    private static Caller demo(String username, String tenant, String email) {
        return new Caller("demo-" + username, username, username, email, tenant, Set.of(Role.MEMBER));
    }
}
