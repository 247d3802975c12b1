package org.kafo.web.proceedings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Organizations;
import org.kafo.domain.files.IncomingFile;
import org.kafo.domain.proceedings.CommitmentInput;
import org.kafo.domain.proceedings.Communication;
import org.kafo.domain.proceedings.CommunicationInput;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.EventDetails;
import org.kafo.domain.proceedings.Events;
import org.kafo.domain.proceedings.ParticipantInput;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.proceedings.RecommendationInput;
import org.kafo.domain.proceedings.SessionInput;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.Visibility;
import org.kafo.web.demo.DemoDataSet;

/**
 * The demo seminar: the AME's "Renforcement de la protection des migrants de retour au Mali", 10–11 December 2025
 * at the Centre du Secteur privé in Bamako, with its four sub-themes, opened by Ousmane Diarra and moderated by
 * Bayiri Traoré, as the press article of 14 December 2025 (demo/corpus) reports. The recommendations and the
 * AME's commitments restate the aims the article gives ("amener les décideurs maliens à s'engager…", "un cadre
 * formel de rencontre, d'échange et d'action"); the slots of the sessions are indicative (the article gives the
 * two days, not the hours). The article itself is attached to the opening communication: it is the same file as
 * the knowledge base's, so the existing document is linked.
 */
@ApplicationScoped
public class DemoProceedings implements DemoDataSet {

    static final String ARTICLE = "/demo/corpus/2025-12-14-article-seminaire-ame-accueil-migrants-de-retour.txt";
    private static final Caller AME = new Caller("kafo-demo", "kafo-demo", "Kafo (démonstration)", null, "ame",
            Set.of(Role.MEMBER));

    @Inject
    Events events;

    @Inject
    Proceedings proceedings;

    @Inject
    Organizations organizations;

    @Override
    public int order() {
        return 60; // after the directory (30) and the knowledge base (50), which it refers to
    }

    @Override
    public boolean present() {
        return events.any();
    }

    @Override
    public void load() {
        Event event = proceedings.create(AME, EventDetails.of("SEMINAIRE",
                "Renforcement de la protection des migrants de retour au Mali",
                "Quelles stratégies pour l'amélioration du cadre d'accueil, d'accompagnement et de suivi des migrants de retour au Mali",
                "2025-12-10", "2025-12-11", "Centre du Secteur privé", "Bamako"), Visibility.PUBLIC, Set.of());
        UUID id = event.id();
        session(id, "Les acteurs étatiques et non étatiques de la protection des migrants de retour au Mali : statut, rôle et "
                + "relations de collaboration entre les acteurs de l'accueil, de l'accompagnement et du suivi", "2025-12-10", "09:30", "12:30");
        session(id, "Les mesures d'accueil, d'accompagnement et de suivi pour la réinsertion socioéconomique des migrants de retour : "
                + "mécanismes de référencement national, politiques ou stratégies d'accompagnement, prise en charge médicale et "
                + "psychologique", "2025-12-10", "14:00", "17:00");
        session(id, "Rôle des Organisations de la Société Civile (OSC) et des migrants (diaspora) dans l'amélioration du cadre "
                + "d'accueil, d'accompagnement et de suivi des migrants de retour", "2025-12-11", "09:30", "12:30");
        session(id, "La protection spécifique des femmes et des enfants par les instruments juridiques nationaux et internationaux : "
                + "faiblesses et propositions pour le renforcement de la législation nationale", "2025-12-11", "14:00", "17:00");

        Communication opening = proceedings.addCommunication(AME, id, CommunicationInput.of("Mot de bienvenue",
                "Ousmane Diarra, président de l'AME",
                "Le Mali, pays sahélien et enclavé, a une très longue tradition de migration ; il est pays de départ, de transit "
                        + "et d'accueil. Le retour involontaire met fin au projet du migrant : l'État et ses partenaires doivent "
                        + "travailler ensemble pour améliorer le cadre d'accueil et d'accompagnement des migrants de retour, en vue "
                        + "d'une réintégration et d'une réinsertion réussies."), List.of(), null);
        proceedings.attach(AME, id, opening.id(), new IncomingFile("2025-12-14-article-seminaire-ame-accueil-migrants-de-retour.txt",
                article()));
        proceedings.addCommunication(AME, id, CommunicationInput.of("Objectifs du séminaire", "Bayiri Traoré, modérateur",
                "Faire un plaidoyer sur la question migratoire auprès des acteurs étatiques et de la société civile : « Si la "
                        + "migration est un droit, le retour du migrant fait partie du projet migratoire. » Amener les décideurs "
                        + "maliens à s'engager à prendre des mesures concrètes, et les acteurs de la migration à mettre en place un "
                        + "cadre formel de rencontre, d'échange et d'action."), List.of(), null);

        UUID ame = actor("AME");
        proceedings.addParticipant(AME, id, ParticipantInput.of("Ousmane Diarra", ame == null ? null : ame.toString(),
                "Association Malienne des Expulsés", "ORGANISATEUR"), null);
        proceedings.addParticipant(AME, id, ParticipantInput.of("Bayiri Traoré", null, null, "MODERATEUR"), null);

        recommendation(id, "Cadre formel", "Mettre en place un cadre formel de rencontre, d'échange et d'action des acteurs de la "
                + "migration au Mali pour l'amélioration du dispositif d'accueil, d'accompagnement et de suivi des migrants de retour.",
                "MME", "DGME", "HCME", "OIM", "CIGEM");
        recommendation(id, "Mesures concrètes", "Que les décideurs maliens s'engagent à prendre des mesures concrètes pour "
                + "l'amélioration du dispositif d'accueil, d'accompagnement et de suivi des migrants de retour.", "MME", "DGME");
        recommendation(id, "Réintégration", "Que l'État et ses partenaires travaillent ensemble à un cadre d'accueil et de "
                + "réintégration approprié et adapté à la situation des migrants de retour.", "MME", "OIM");
        recommendation(id, "Femmes et enfants", "Renforcer la législation nationale pour la protection spécifique des femmes et des "
                + "enfants migrants de retour.", "MME");

        if (ame != null) {
            proceedings.addCommitment(AME, id, CommitmentInput.of(ame.toString(), "Réunir les acteurs de la migration au Mali pour "
                    + "installer le cadre formel de rencontre, d'échange et d'action", "2026-06-30"), null);
            var advocacy = proceedings.addCommitment(AME, id, CommitmentInput.of(ame.toString(), "Porter le plaidoyer du séminaire "
                    + "auprès des acteurs étatiques et de la société civile", "2026-03-31"), null);
            proceedings.noteProgress(AME, advocacy.id(), "EN_COURS", "Article de presse du 14 décembre 2025 sur le séminaire "
                    + "et ses objectifs.", "2025-12-14", null);
        }
    }

    private void session(UUID id, String subTheme, String day, String start, String end) {
        proceedings.addSession(AME, id, SessionInput.of(subTheme, "Bayiri Traoré", day, start, end), null);
    }

    private void recommendation(UUID id, String theme, String text, String... acronyms) {
        List<String> addressees = new ArrayList<>();
        for (String acronym : acronyms) {
            UUID actor = actor(acronym);
            if (actor != null) {
                addressees.add(actor.toString());
            }
        }
        proceedings.addRecommendation(AME, id, RecommendationInput.of(theme, text, addressees), null);
    }

    private UUID actor(String acronym) {
        return organizations.sameAcronym(acronym, new UUID(0, 0)).map(Organization::id).orElse(null);
    }

    private static byte[] article() {
        try (InputStream in = DemoProceedings.class.getResourceAsStream(ARTICLE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ARTICLE, e);
        }
    }
}
