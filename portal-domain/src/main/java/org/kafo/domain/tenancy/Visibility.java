package org.kafo.domain.tenancy;

import org.kafo.domain.shared.Checks;

/** Who may see a shared record, beyond its owner tenant. */
public enum Visibility {
    /** The owner tenant only. */
    PRIVATE,
    /** The owner tenant and the partner tenants named on the record. */
    PARTNERS,
    /** Every signed-in user of the network. */
    NETWORK,
    /** Anyone, anonymous visitors included. */
    PUBLIC;

    /**
     * The visibility a form or an API client names (any case), {@code null} when none is (the feature then says what it
     * defaults to); an unknown name is refused on the field {@code visibility}.
     */
    public static Visibility parse(String value) {
        Checks checks = Checks.start();
        Visibility visibility = checks.choice(Visibility.class, "visibility", "check.field.visibility", value, "check.visibility.invalid")
                .optional();
        checks.throwIfAny();
        return visibility;
    }
}
