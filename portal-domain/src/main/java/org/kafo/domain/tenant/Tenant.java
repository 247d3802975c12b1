package org.kafo.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.PartnerTenants;

/** A partner association of the network: a tenant of the portal. */
@Entity
@Table(name = "tenant")
public class Tenant {

    /** Also the alias of the Keycloak Organization, and the value of the token's organization claim. */
    @Id
    private String alias;

    @Column(nullable = false)
    private String name;

    private String acronym;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false, length = 2)
    private String country;

    private String city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status = TenantStatus.ACTIVE;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String alias, String name, String acronym, String country, String city) {
        if (!PartnerTenants.isAlias(alias)) {
            throw DomainException.invalid("alias", "L'identifiant doit être fait de lettres minuscules, chiffres et tirets.");
        }
        this.alias = alias;
        this.name = name;
        this.acronym = acronym;
        this.country = country;
        this.city = city;
    }

    public void suspend() {
        status = TenantStatus.SUSPENDED;
    }

    public void reactivate() {
        status = TenantStatus.ACTIVE;
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }

    public String alias() {
        return alias;
    }

    public String name() {
        return name;
    }

    public String acronym() {
        return acronym;
    }

    public String country() {
        return country;
    }

    public String city() {
        return city;
    }

    public TenantStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The short name to show: the acronym when there is one. */
    public String shortName() {
        return acronym == null || acronym.isBlank() ? name : acronym;
    }
}
