package org.kafo.web.observatory;

import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.observatory.Figures;
import org.kafo.domain.observatory.Scope;

/**
 * How the figures are made, in French, for the files and the yearly report (the page says the same from the message
 * bundles, in the reader's language). One place, so that what a CSV, the PDF and the API say never drifts apart.
 */
public final class Method {

    public static final String SOURCE = "Kafo, portail du réseau d'accueil des migrants de retour au Mali : les alertes publiées par "
            + "les associations du réseau et les comptes rendus d'accueil de celles qui ont reçu les personnes.";
    public static final String DEMONSTRATION = "DONNÉES DE DÉMONSTRATION : alertes et comptes rendus inventés pour présenter le portail. "
            + "Ne pas citer.";

    private Method() {
    }

    /** What was counted, how, and what was hidden and why. */
    public static List<String> paragraphs(Figures f) {
        List<String> p = new ArrayList<>();
        p.add("Une alerte compte pour la période de son arrivée : l'heure réelle quand l'arrivée est enregistrée, sinon l'heure "
                + "prévue (heure du Mali, UTC). Les brouillons ne comptent jamais ; les alertes annulées sont comptées à part.");
        p.add(switch (f.scope()) {
            case OWN -> "Chiffres de votre association : les alertes qu'elle a publiées ou reçues (offre acceptée ou compte rendu "
                    + "déposé), et les personnes reçues selon ses propres comptes rendus.";
            case NETWORK -> "Chiffres du réseau tels que vous pouvez les voir : toutes les alertes que la règle de visibilité vous "
                    + "laisse lire, quelle que soit l'association qui les a publiées.";
            case PUBLIC -> "Chiffres publics du réseau : les alertes partagées avec tout le réseau ou le public (jamais ce qu'une "
                    + "association partage avec quelques partenaires seulement), pour une période publiée par la coordination.";
        });
        p.add("Personnes reçues : pour chaque alerte, la somme des comptes rendus des associations qui ont reçu les personnes, "
                + "jamais plus que les personnes arrivées. Accueil accepté avant l'arrivée : une association dont l'offre était "
                + "acceptée au moment de l'arrivée. Délai : de la publication de l'alerte à l'arrivée, médiane.");
        if (f.suppressed()) {
            p.add("Protection des personnes : toute case qui compte de 1 à " + (f.threshold() - 1) + " est masquée, ainsi que les cases "
                    + "qui permettraient de la retrouver par soustraction à partir d'un total (masquage complémentaire). Une médiane "
                    + "sur moins de " + f.threshold() + " alertes est masquée. Les engagements, pris par des organisations, ne le sont pas.");
        } else {
            p.add("Chiffres de votre propre association : rien n'est masqué. Les chiffres du réseau et les chiffres publics masquent "
                    + "les effectifs de moins de " + f.threshold() + ".");
        }
        p.add("Aucune donnée personnelle n'entre dans ces chiffres : ni les fiches des personnes, ni les textes libres (notes, "
                + "orientations, descriptions) ; seulement des nombres, des lieux, des dates et des catégories.");
        return p;
    }

    /** "Réseau (tel que l'AME le voit)", "Public", "Mon association : AME". */
    public static String scope(Figures f, String association) {
        return f.scope() == Scope.OWN ? "Mon association : " + association
                : f.scope() == Scope.NETWORK ? "Réseau (tel que le voit " + association + ")" : "Public (période publiée)";
    }
}
