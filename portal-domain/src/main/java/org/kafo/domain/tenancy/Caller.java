package org.kafo.domain.tenancy;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The person behind a request, as the identity provider vouches for them. The tenant comes from
 * the access token's organization claim and from nowhere else.
 *
 * @param userId      the token subject, stable across renames; empty for anonymous visitors
 * @param username    the login name
 * @param displayName the name to show
 * @param tenant      the alias of the caller's association, or {@code null} for none
 * @param roles       realm roles of the network
 */
public record Caller(String userId, String username, String displayName, String email, String tenant, Set<Role> roles)
        implements Serializable {

    private static final Caller ANONYMOUS = new Caller("", "", "", null, null, Set.of());

    public Caller {
        Objects.requireNonNull(userId, "userId");
        // Serializable (sessions may move between instances) and read-only.
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public boolean signedIn() {
        return !userId.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<String> tenantAlias() {
        return Optional.ofNullable(tenant);
    }

    public boolean belongsTo(String tenantAlias) {
        return tenant != null && tenant.equals(tenantAlias);
    }

    /** Members and tenant admins act for their association; observers only read. */
    public boolean actsForTenant() {
        return tenant != null && (has(Role.MEMBER) || has(Role.TENANT_ADMIN));
    }

    /** The highest role, for display. */
    public Optional<Role> mainRole() {
        return EnumSet.allOf(Role.class).stream().filter(roles::contains).findFirst();
    }
}
