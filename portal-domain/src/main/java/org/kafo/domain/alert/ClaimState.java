package org.kafo.domain.alert;

/** Where an association's offer to take a reception in charge stands. Only an accepted one gives any right. */
public enum ClaimState {
    /** Offered, waiting for the owner's answer. */
    OFFERED("Offre en attente"),
    /** Accepted by the owner (or a named partner, accepted at once): a receiver of the alert. */
    ACCEPTED("Acceptée"),
    /** Declined by the owner, with a reason. The association may offer again. */
    DECLINED("Déclinée"),
    /** Accepted, then withdrawn by the owner, with a reason. The association may offer again. */
    WITHDRAWN("Retirée");

    private final String label;

    ClaimState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
