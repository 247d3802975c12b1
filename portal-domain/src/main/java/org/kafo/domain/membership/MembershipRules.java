package org.kafo.domain.membership;

import java.util.Collection;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
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
            throw DomainException.forbidden(Message.of("membership.ownOnly"));
        }
        throw DomainException.forbidden(Message.of("membership.adminsOnly"));
    }

    /** A suspended association takes in nobody until it is reactivated. */
    public static void requireCanInvite(Caller caller, Tenant tenant) {
        requireCanManage(caller, tenant.alias());
        if (!tenant.active()) {
            throw DomainException.conflict(Message.of("membership.suspended", tenant.shortName()));
        }
    }

    /** Changes {@code member}'s role to {@code newRole}, unless that would leave the association without an admin. */
    public static void checkRoleChange(Caller caller, MemberAccount member, MemberRole newRole, Collection<MemberAccount> members) {
        requireMayTouch(caller, member);
        if (member.activeAdmin() && newRole != MemberRole.TENANT_ADMIN) {
            requireAnotherAdmin(member, members, "membership.lastAdmin.role");
        }
    }

    public static void checkDisable(Caller caller, MemberAccount member, Collection<MemberAccount> members) {
        requireMayTouch(caller, member);
        if (member.id().equals(caller.userId())) {
            throw DomainException.conflict(Message.of("membership.disable.own"));
        }
        if (member.activeAdmin()) {
            requireAnotherAdmin(member, members, "membership.lastAdmin.disable");
        }
    }

    public static void checkEnable(Caller caller, MemberAccount member) {
        requireMayTouch(caller, member);
    }

    /** The coordination's own accounts are changed by the coordination only. */
    private static void requireMayTouch(Caller caller, MemberAccount member) {
        if (member.networkAdmin() && !caller.has(Role.NETWORK_ADMIN)) {
            throw DomainException.forbidden(Message.of("membership.networkAdminAccount", member.displayName()));
        }
    }

    private static void requireAnotherAdmin(MemberAccount member, Collection<MemberAccount> members, String key) {
        boolean another = members.stream().anyMatch(m -> m.activeAdmin() && !m.id().equals(member.id()));
        if (!another) {
            throw DomainException.conflict(Message.of(key, member.displayName()));
        }
    }
}
