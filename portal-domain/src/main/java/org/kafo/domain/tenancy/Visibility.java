package org.kafo.domain.tenancy;

/** Who may see a shared record, beyond its owner tenant. */
public enum Visibility {
    /** The owner tenant only. */
    PRIVATE,
    /** The owner tenant and the partner tenants named on the record. */
    PARTNERS,
    /** Every signed-in user of the network. */
    NETWORK,
    /** Anyone, anonymous visitors included. */
    PUBLIC
}
