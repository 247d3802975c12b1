package org.kafo.search.schema;

/** Who may see a shared record, the same four levels as in portal-domain. */
public enum Visibility {
    /** The owner tenant only. */
    PRIVATE,
    /** The owner tenant and the tenants named as partners. */
    PARTNERS,
    /** Every signed-in user. */
    NETWORK,
    /** Anyone, anonymous visitors included. */
    PUBLIC
}
