package org.kafo.web.partner;

import org.kafo.domain.membership.MemberAccount;

/** A member as the API shows it. {@code pending}: invited, no password chosen yet. */
public record MemberJson(String id, String username, String email, String firstName, String lastName, String displayName,
                         String role, boolean enabled, boolean pending, boolean networkAdmin) {

    public static MemberJson of(MemberAccount m) {
        return new MemberJson(m.id(), m.username(), m.email(), m.firstName(), m.lastName(), m.displayName(),
                m.role() == null ? null : m.role().code(), m.enabled(), m.pending(), m.networkAdmin());
    }
}
