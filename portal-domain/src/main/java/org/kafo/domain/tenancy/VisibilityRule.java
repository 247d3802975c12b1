package org.kafo.domain.tenancy;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one visibility rule of Kafo, written once and applied by the repositories, both in memory
 * ({@link #canSee}) and as a query predicate ({@link #visibleTo}). The search module applies the
 * same rule as a Lucene filter; a test matrix proves the three agree.
 *
 * <p>A record is visible to a caller when it is PUBLIC; or NETWORK and the caller is signed in; or
 * the caller belongs to the owner tenant; or it is PARTNERS and names the caller's tenant. No role
 * bypasses this: a network admin does not read another association's private records.
 */
public final class VisibilityRule {

    private VisibilityRule() {
    }

    /**
     * What of a caller this rule looks at: whether they are signed in, and their tenant. Callers with the same audience
     * see exactly the same records, so what was read for one of them (a page of a list) may be shown to the others.
     * Kept next to the rule so that a rule looking at more (a role, the user) changes the audience with it.
     */
    public record Audience(boolean signedIn, String tenant) {
    }

    public static Audience audience(Caller caller) {
        return new Audience(caller.signedIn(), caller.tenant());
    }

    public static boolean canSee(Caller caller, Shared record) {
        Visibility visibility = record.visibility();
        return visibility == Visibility.PUBLIC
                || (visibility == Visibility.NETWORK && caller.signedIn())
                || caller.belongsTo(record.ownerTenant())
                || (visibility == Visibility.PARTNERS && caller.tenant() != null
                        && record.partnerTenants().contains(caller.tenant()));
    }

    /**
     * Who may change a shared record: members and tenant admins of the owner tenant; for records the
     * network keeps (no owner), the network admins. Features may narrow this (a directory entry is
     * kept by its tenant admin) but never widen it.
     */
    public static boolean canChange(Caller caller, Shared record) {
        if (record.ownerTenant() == null) {
            return caller.has(Role.NETWORK_ADMIN);
        }
        return caller.actsForTenant() && caller.belongsTo(record.ownerTenant());
    }

    /** The same rule as {@link #canSee}, as a predicate over an entity extending {@link SharedRecord}. */
    public static Predicate visibleTo(Caller caller, CriteriaBuilder cb, From<?, ? extends SharedRecord> record) {
        return visibleTo(audience(caller), cb, record);
    }

    /**
     * The same predicate for an audience rather than a person: what every caller of that audience sees (the network's
     * public figures are read as a signed-in reader of no association sees the alerts).
     */
    public static Predicate visibleTo(Audience audience, CriteriaBuilder cb, From<?, ? extends SharedRecord> record) {
        Expression<Visibility> visibility = record.get(SharedRecord_.VISIBILITY);
        List<Predicate> any = new ArrayList<>();
        any.add(cb.equal(visibility, Visibility.PUBLIC));
        if (audience.signedIn()) {
            any.add(cb.equal(visibility, Visibility.NETWORK));
        }
        if (audience.tenant() != null) {
            any.add(cb.equal(record.get(SharedRecord_.OWNER_TENANT), audience.tenant()));
            Expression<String> partners = cb.concat(cb.concat(" ", record.get(SharedRecord_.PARTNER_TENANTS)), " ");
            any.add(cb.and(cb.equal(visibility, Visibility.PARTNERS),
                    cb.like(partners, "% " + PartnerTenants.requireAlias(audience.tenant()) + " %")));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }
}
