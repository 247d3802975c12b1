package org.kafo.domain.directory;

import org.kafo.domain.shared.Message;
/** The shared lists of terms the network admins keep for the directory. */
public enum Taxonomy {
    /** What a service does: accueil, hébergement, soutien psychosocial … (HSDS taxonomy of services). */
    CATEGORY("catégorie de service", "kafo-categories-de-service"),
    /** Whom a service is for: femmes, enfants, mineurs non accompagnés … */
    TARGET_GROUP("public visé", "kafo-publics-vises");

    private final String label;
    private final String hsdsName;

    Taxonomy(String label, String hsdsName) {
        this.label = label;
        this.hsdsName = hsdsName;
    }

    /** French, for messages. */
    /** How a sentence names the list, in the reader's language. */
    public Message named() {
        return Message.of("directory.taxonomy." + name());
    }

    public String label() {
        return label;
    }

    /** The taxonomy's name in an HSDS file. */
    public String hsdsName() {
        return hsdsName;
    }
}
