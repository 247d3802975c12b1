package org.kafo.domain.library;

import java.util.Arrays;
import org.kafo.domain.shared.Checks;

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
        Checks checks = Checks.start();
        DocumentKind kind = read(code, field, checks);
        checks.throwIfAny();
        return kind;
    }

    /** The kind of that code, or an error on {@code field} in {@code checks}. */
    static DocumentKind read(String code, String field, Checks checks) {
        return checks.choice(DocumentKind.class, field, "library.field.kind", code, "library.kind.unknown")
                .required("library.kind.missing", String.join(", ", Arrays.stream(values()).map(Enum::name).toList()));
    }
}
