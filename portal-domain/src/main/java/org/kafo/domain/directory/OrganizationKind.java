package org.kafo.domain.directory;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of organisation the network names (design notes, "Directory of actors"). */
public enum OrganizationKind {
    ASSOCIATION_DE_MIGRANTS("association-de-migrants", "Association de migrants"),
    ONG_NATIONALE("ong-nationale", "ONG nationale"),
    ONG_INTERNATIONALE("ong-internationale", "ONG internationale"),
    SERVICE_DE_L_ETAT("service-de-l-etat", "Service de l'État"),
    ORGANISATION_INTERNATIONALE("organisation-internationale", "Organisation internationale"),
    CONFESSIONNELLE("confessionnelle", "Organisation confessionnelle"),
    MEDIA("media", "Média"),
    DIASPORA("diaspora", "Diaspora");

    private final String code;
    private final String label;

    OrganizationKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** As the API, HSDS files and {@link org.kafo.domain.tenant.PartnerOnboarded} name it. */
    public String code() {
        return code;
    }

    /** French. */
    public String label() {
        return label;
    }

    public static Optional<OrganizationKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
