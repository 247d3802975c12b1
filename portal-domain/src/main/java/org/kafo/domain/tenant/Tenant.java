package org.kafo.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
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

    @Convert(converter = PartnerKindConverter.class)
    private PartnerKind kind;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String alias, String name, String acronym, String country, String city) {
        if (!PartnerTenants.isAlias(alias)) {
            throw DomainException.invalid("alias", Message.of("partner.alias.shape"));
        }
        this.alias = alias;
        this.name = name;
        this.acronym = acronym;
        this.country = country;
        this.city = city;
    }

    /** A partner joining through onboarding: everything the network admin gave, already checked. */
    public static Tenant onboard(PartnerApplication application) {
        Tenant tenant = new Tenant(application.alias(), application.name(), application.acronym(), application.country(),
                application.city());
        tenant.kind = application.kind();
        tenant.contactEmail = application.contactEmail();
        return tenant;
    }

    /** Its members can no longer sign in nor post; nothing it owns is deleted. */
    public void suspend() {
        if (status == TenantStatus.SUSPENDED) {
            throw DomainException.conflict(Message.of("partner.alreadySuspended", shortName()));
        }
        status = TenantStatus.SUSPENDED;
        statusChangedAt = Instant.now();
    }

    public void reactivate() {
        if (status == TenantStatus.ACTIVE) {
            throw DomainException.conflict(Message.of("partner.alreadyActive", shortName()));
        }
        status = TenantStatus.ACTIVE;
        statusChangedAt = Instant.now();
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

    /** Its kind of organisation; {@code null} for partners that joined before onboarding recorded it. */
    public PartnerKind kind() {
        return kind;
    }

    public String contactEmail() {
        return contactEmail;
    }

    /** When it was last suspended or reactivated; {@code null} if never. */
    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    /** The short name to show: the acronym when there is one. */
    public String shortName() {
        return acronym == null || acronym.isBlank() ? name : acronym;
    }
}
