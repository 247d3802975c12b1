package org.kafo.domain.membership;

import java.util.ArrayList;
import java.util.List;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.DomainException.FieldError;
import org.kafo.domain.shared.EmailAddress;
import org.kafo.domain.tenancy.Role;

/** Someone to invite: who, and with which role. Checked and normalised by {@link #of}. */
public record Invitation(String email, String firstName, String lastName, MemberRole role) {

    public static Invitation of(String email, String firstName, String lastName, String role) {
        List<FieldError> errors = new ArrayList<>();
        String address = EmailAddress.normalise(email);
        if (address == null) {
            errors.add(new FieldError("email", EmailAddress.invalidMessage(email)));
        }
        String first = trimmed(firstName);
        String last = trimmed(lastName);
        if (first == null) {
            errors.add(new FieldError("firstName", "Indiquez le prénom."));
        }
        if (last == null) {
            errors.add(new FieldError("lastName", "Indiquez le nom."));
        }
        MemberRole memberRole = role == null ? null : MemberRole.fromCode(role.trim()).orElse(null);
        if (memberRole == null) {
            errors.add(new FieldError("role", roleMessage(role)));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new Invitation(address, first, last, memberRole);
    }

    /** The role named by {@code code}, or a French error: {@code network-admin} is never given from the portal. */
    public static MemberRole requireRole(String code) {
        return MemberRole.fromCode(code == null ? "" : code.trim())
                .orElseThrow(() -> DomainException.invalid("role", roleMessage(code)));
    }

    private static String roleMessage(String code) {
        if (code != null && code.trim().equals(Role.NETWORK_ADMIN.claimValue())) {
            return "Le rôle « coordination du réseau » ne se donne pas depuis le portail.";
        }
        return "Choisissez un rôle : tenant-admin (administrateur·rice), member (membre) ou observer (observateur·rice).";
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
