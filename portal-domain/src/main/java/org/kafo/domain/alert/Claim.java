package org.kafo.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A tenant took the reception in charge (a CAP {@code Ack}). Several tenants may share one reception. */
@Embeddable
public class Claim {

    @Column(nullable = false)
    private String tenant;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "claimed_by", nullable = false)
    private String claimedBy;

    protected Claim() {
    }

    Claim(String tenant, Instant claimedAt, String claimedBy) {
        this.tenant = tenant;
        this.claimedAt = claimedAt;
        this.claimedBy = claimedBy;
    }

    public String tenant() {
        return tenant;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public String claimedBy() {
        return claimedBy;
    }
}
