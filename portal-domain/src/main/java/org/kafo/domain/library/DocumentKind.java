package org.kafo.domain.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kafo.domain.shared.DomainException;

/** What kind of text a document is, as the network names them. */
public enum DocumentKind {
    DECLARATION("Déclaration"),
    RAPPORT("Rapport"),
    RAPPORT_ALTERNATIF("Rapport alternatif"),
    COMMUNICATION("Communication"),
    COMPTE_RENDU("Compte rendu"),
    ARTICLE_DE_PRESSE("Article de presse"),
    TEXTE_JURIDIQUE("Texte juridique"),
    ETUDE("Étude"),
    PRESENTATION_INSTITUTIONNELLE("Présentation institutionnelle");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /** The French name (pages take theirs from the message bundle, in French or English). */
    public String label() {
        return label;
    }

    /** The kind of that code ("RAPPORT_ALTERNATIF", "rapport-alternatif"), or a French refusal naming the field. */
    public static DocumentKind require(String code, String field) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid(field, "Choisissez le type du document (" + choices() + ").");
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(k -> k.name().equals(normalized)).findFirst()
                .orElseThrow(() -> DomainException.invalid(field, "Type de document inconnu : « " + code + " » ("
                        + choices() + ")."));
    }

    private static String choices() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
