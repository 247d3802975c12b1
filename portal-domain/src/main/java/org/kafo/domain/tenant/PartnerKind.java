package org.kafo.domain.tenant;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of organisation, as the directory names them (also the Keycloak Organization's {@code kind}). */
public enum PartnerKind {
    ASSOCIATION_DE_MIGRANTS("association-de-migrants", "Association de migrants"),
    ONG_NATIONALE("ong-nationale", "ONG nationale"),
    ONG_INTERNATIONALE("ong-internationale", "ONG internationale"),
    SERVICE_ETAT("service-etat", "Service de l'État"),
    ORGANISATION_INTERNATIONALE("organisation-internationale", "Organisation internationale"),
    CONFESSIONNELLE("confessionnelle", "Organisation confessionnelle"),
    MEDIA("media", "Média"),
    DIASPORA("diaspora", "Diaspora");

    private final String code;
    private final String label;

    PartnerKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The French label. */
    public String label() {
        return label;
    }

    public static Optional<PartnerKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
