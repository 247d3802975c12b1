package org.kafo.domain.alert;

import org.kafo.domain.tenancy.Visibility;

/** Who a published alert is for. A draft stays private to its owner whatever its audience. */
public enum Audience {
    /** Named partner associations: CAP {@code Private}, with addresses. */
    PARTNERS(Visibility.PARTNERS),
    /** Every signed-in user of the network: CAP {@code Restricted}. */
    NETWORK(Visibility.NETWORK),
    /** Anyone, the public feeds included: CAP {@code Public}. */
    PUBLIC(Visibility.PUBLIC);

    private final Visibility visibility;

    Audience(Visibility visibility) {
        this.visibility = visibility;
    }

    public Visibility visibility() {
        return visibility;
    }
}
