package org.kafo.domain.membership;

/**
 * A person's account as the membership rules see it (the identity provider keeps the account itself).
 *
 * @param id           the identity provider's user id (the token's subject)
 * @param role         the role in the association; {@code null} if none of the three
 * @param networkAdmin whether the account also coordinates the network (then only the coordination touches it)
 * @param enabled      whether the account may sign in
 * @param pending      whether the invitation is still open (no password chosen yet)
 */
public record MemberAccount(String id, String username, String email, String firstName, String lastName, MemberRole role,
                            boolean networkAdmin, boolean enabled, boolean pending) {

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? username : name;
    }

    /** Counts towards "the association still has an administrator". */
    public boolean activeAdmin() {
        return enabled && role == MemberRole.TENANT_ADMIN;
    }
}
