package org.kafo.domain.membership;

import java.util.Arrays;
import java.util.Optional;
import org.kafo.domain.tenancy.Role;

/**
 * The roles an association's administrator may give. {@code network-admin} is not one of them: it is
 * given in Keycloak by the people who run the network, never from the portal.
 */
public enum MemberRole {
    TENANT_ADMIN(Role.TENANT_ADMIN, "Administrateur·rice de l'association"),
    MEMBER(Role.MEMBER, "Membre"),
    OBSERVER(Role.OBSERVER, "Observateur·rice");

    private final Role role;
    private final String label;

    MemberRole(Role role, String label) {
        this.role = role;
        this.label = label;
    }

    /** The realm role, as the token carries it. */
    public Role role() {
        return role;
    }

    public String code() {
        return role.claimValue();
    }

    public String label() {
        return label;
    }

    public static Optional<MemberRole> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
