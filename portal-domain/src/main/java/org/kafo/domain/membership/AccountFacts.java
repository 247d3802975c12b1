package org.kafo.domain.membership;

import java.util.List;

/**
 * What the identity provider says of an account now, for the rules that must not trust an older reading: its
 * address, whether its owner proved it, and the associations it belongs to.
 */
public record AccountFacts(String userId, String email, boolean emailVerified, List<String> associations) {

    public AccountFacts {
        associations = List.copyOf(associations);
    }
}
