package org.kafo.domain.membership;

import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Role;

/** Someone to invite: who, and with which role. Checked and normalised by {@link #of}. */
public record Invitation(String email, String firstName, String lastName, MemberRole role) {

    public static Invitation of(String email, String firstName, String lastName, String role) {
        Checks checks = Checks.start();
        String address = checks.email("email", "membership.field.email", email).required("check.email.missing");
        String first = checks.line("firstName", "membership.field.firstName", firstName).required("membership.firstName.missing");
        String last = checks.line("lastName", "membership.field.lastName", lastName).required("membership.lastName.missing");
        MemberRole memberRole = role == null ? null : MemberRole.fromCode(role.trim()).orElse(null);
        checks.check(memberRole != null, "role", roleMessage(role));
        checks.throwIfAny();
        return new Invitation(address, first, last, memberRole);
    }

    /** The role named by {@code code}, or a refusal: {@code network-admin} is never given from the portal. */
    public static MemberRole requireRole(String code) {
        return MemberRole.fromCode(code == null ? "" : code.trim())
                .orElseThrow(() -> DomainException.invalid("role", Message.of(roleMessage(code))));
    }

    private static String roleMessage(String code) {
        return code != null && code.trim().equals(Role.NETWORK_ADMIN.claimValue()) ? "membership.role.networkAdmin" : "membership.role.choose";
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
