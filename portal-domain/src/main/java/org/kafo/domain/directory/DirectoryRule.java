package org.kafo.domain.directory;

import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * Who keeps which directory entry, stated once. It narrows {@link VisibilityRule#canChange}: a member
 * association's entry is kept by that association's tenant admin only (its members and observers do not
 * edit it); an entry without owner (an actor that is not a tenant) by the network admins. The network
 * admins also keep the shared taxonomies. Contact persons' direct phones and e-mails are for signed-in
 * users only.
 */
public final class DirectoryRule {

    private DirectoryRule() {
    }

    public static boolean canKeep(Caller caller, Organization entry) {
        return VisibilityRule.canChange(caller, entry)
                && (entry.ownerTenant() == null || caller.has(Role.TENANT_ADMIN));
    }

    /** New entries are of actors that are not tenants (a member's entry comes with its onboarding). */
    public static boolean canCreateEntries(Caller caller) {
        return caller.has(Role.NETWORK_ADMIN);
    }

    public static boolean keepsTaxonomies(Caller caller) {
        return caller.has(Role.NETWORK_ADMIN);
    }

    /** Importing an HSDS file touches many entries at once: the network's coordination does it. */
    public static boolean canImport(Caller caller) {
        return caller.has(Role.NETWORK_ADMIN);
    }

    public static boolean seesDirectContacts(Caller caller) {
        return caller.signedIn();
    }
}
