package org.kafo.domain.membership;

import java.util.Collection;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenant.Tenant;

/**
 * Who may manage whose members, and what must stay true of an association: written once here, applied
 * by the API and the pages alike. The network's coordination manages every association's members; a
 * tenant admin manages its own association's, and no other's; nobody else manages members.
 */
public final class MembershipRules {

    private MembershipRules() {
    }

    public static boolean canManage(Caller caller, String tenantAlias) {
        return caller.has(Role.NETWORK_ADMIN) || (caller.has(Role.TENANT_ADMIN) && caller.belongsTo(tenantAlias));
    }

    /** Refuses, in French, a caller who may not manage {@code tenantAlias}'s members. */
    public static void requireCanManage(Caller caller, String tenantAlias) {
        if (canManage(caller, tenantAlias)) {
            return;
        }
        if (caller.has(Role.TENANT_ADMIN)) {
            throw DomainException.forbidden("Vous ne gérez que les membres de votre association.");
        }
        throw DomainException.forbidden("La gestion des membres est réservée aux administrateurs de l'association.");
    }

    /** A suspended association takes in nobody until it is reactivated. */
    public static void requireCanInvite(Caller caller, Tenant tenant) {
        requireCanManage(caller, tenant.alias());
        if (!tenant.active()) {
            throw DomainException.conflict("L'association « " + tenant.shortName()
                    + " » est suspendue : elle ne peut pas inviter de nouveaux membres.");
        }
    }

    /** Changes {@code member}'s role to {@code newRole}, unless that would leave the association without an admin. */
    public static void checkRoleChange(Caller caller, MemberAccount member, MemberRole newRole, Collection<MemberAccount> members) {
        requireMayTouch(caller, member);
        if (member.activeAdmin() && newRole != MemberRole.TENANT_ADMIN) {
            requireAnotherAdmin(member, members, "lui retirer ce rôle");
        }
    }

    public static void checkDisable(Caller caller, MemberAccount member, Collection<MemberAccount> members) {
        requireMayTouch(caller, member);
        if (member.id().equals(caller.userId())) {
            throw DomainException.conflict("Vous ne pouvez pas désactiver votre propre compte.");
        }
        if (member.activeAdmin()) {
            requireAnotherAdmin(member, members, "désactiver son compte");
        }
    }

    public static void checkEnable(Caller caller, MemberAccount member) {
        requireMayTouch(caller, member);
    }

    /** The coordination's own accounts are changed by the coordination only. */
    private static void requireMayTouch(Caller caller, MemberAccount member) {
        if (member.networkAdmin() && !caller.has(Role.NETWORK_ADMIN)) {
            throw DomainException.forbidden(member.displayName()
                    + " fait partie de la coordination du réseau : seule la coordination peut modifier ce compte.");
        }
    }

    private static void requireAnotherAdmin(MemberAccount member, Collection<MemberAccount> members, String what) {
        boolean another = members.stream().anyMatch(m -> m.activeAdmin() && !m.id().equals(member.id()));
        if (!another) {
            throw DomainException.conflict(member.displayName() + " est le dernier administrateur de l'association : "
                    + "nommez quelqu'un d'autre administrateur avant de " + what + ".");
        }
    }
}
