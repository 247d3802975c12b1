package org.kafo.domain.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;

/**
 * A record that tenants share: it has an owner tenant and a visibility. Every feature table that
 * extends it has the columns {@code id uuid, owner_tenant text, visibility text, partner_tenants
 * text, version bigint, created_at, updated_at} (see the V1 migration for the pattern).
 */
@MappedSuperclass
public abstract class SharedRecord implements Shared {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "owner_tenant", updatable = false)
    private String ownerTenant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility = Visibility.PRIVATE;

    @Convert(converter = PartnerTenants.class)
    @Column(name = "partner_tenants", nullable = false)
    private Set<String> partnerTenants = Set.of();

    /** Optimistic locking: the second of two concurrent writers gets a conflict, never a lost update. */
    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    protected SharedRecord() {
    }

    protected SharedRecord(String ownerTenant) {
        if (ownerTenant != null && !PartnerTenants.isAlias(ownerTenant)) {
            throw new IllegalArgumentException("not a tenant alias: " + ownerTenant);
        }
        this.ownerTenant = ownerTenant;
    }

    /** A record whose id comes from elsewhere (an exchange file that names it), so it keeps its identity. */
    protected SharedRecord(UUID id, String ownerTenant) {
        this(ownerTenant);
        this.id = java.util.Objects.requireNonNull(id, "id");
    }

    /**
     * Shares the record. PARTNERS needs at least one partner; records the network keeps (no owner)
     * are never private to anyone.
     */
    public void share(Visibility newVisibility, Set<String> partners) {
        Set<String> named = partners == null ? Set.of() : Set.copyOf(partners);
        if (newVisibility == Visibility.PARTNERS && named.isEmpty()) {
            throw DomainException.invalid("partnerTenants", Message.of("check.partners.missing"));
        }
        if (ownerTenant == null && (newVisibility == Visibility.PRIVATE || newVisibility == Visibility.PARTNERS)) {
            throw DomainException.invalid("visibility", Message.of("check.visibility.networkRecord"));
        }
        for (String partner : named) {
            if (!PartnerTenants.isAlias(partner)) {
                throw DomainException.invalid("partnerTenants", Message.of("check.partners.unknown", partner));
            }
        }
        this.visibility = newVisibility;
        this.partnerTenants = newVisibility == Visibility.PARTNERS ? named : Set.of();
        touch();
    }

    protected void touch() {
        this.updatedAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    @Override
    public String ownerTenant() {
        return ownerTenant;
    }

    @Override
    public Visibility visibility() {
        return visibility;
    }

    @Override
    public Set<String> partnerTenants() {
        return partnerTenants;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
