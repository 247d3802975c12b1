package org.kafo.domain.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/** Callers of every kind, as the isolation cases need them. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(String tenant, Role... roles) {
        String name = (roles.length == 0 ? "x" : roles[0].claimValue()) + "." + (tenant == null ? "none" : tenant);
        return new Caller(UUID.nameUUIDFromBytes(name.getBytes()).toString(), name, name, name + "@example.org",
                tenant, roles.length == 0 ? Set.of() : Set.of(roles));
    }

    public static List<Caller> all() {
        return List.of(Caller.anonymous(),
                of(null, Role.OBSERVER),
                of("ame", Role.OBSERVER),
                of("ame", Role.MEMBER),
                of("ame", Role.TENANT_ADMIN),
                of("ame", Role.NETWORK_ADMIN, Role.MEMBER),
                of("cimade", Role.MEMBER),
                of("cimade", Role.TENANT_ADMIN),
                of("apdha", Role.MEMBER));
    }
}
