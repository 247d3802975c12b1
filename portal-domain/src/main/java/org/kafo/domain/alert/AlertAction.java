package org.kafo.domain.alert;

/** What a caller may try to do on an alert, beyond reading what the visibility rule lets them see. {@link AlertRule} decides. */
public enum AlertAction {
    /** Offer to take the reception in charge (the owner accepts or declines). */
    OFFER,
    /** Accept or decline an offer, withdraw an acceptance. */
    DECIDE,
    /** Update the content, publish a draft. */
    CHANGE,
    CANCEL,
    CLOSE,
    /** Record the arrival as it happened. */
    RECORD_ARRIVAL,
    /** File the caller's association's own reception report. */
    FILE_REPORT,
    /** Read the personal data of the people arriving (an audited read). */
    READ_PERSONAL_DATA,
    /** Add, correct or remove the personal data of the people arriving. */
    RECORD_PERSONAL_DATA,
    /** Read the free text that may describe people: the description, report notes and referrals, the cancel reason. */
    READ_FREE_TEXT
}
