package org.kafo.domain.alert;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.PartnerTenants;
import org.kafo.domain.tenancy.SharedRecord;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * An alert on an incoming expulsion, and its whole life: draft → published → taken in charge →
 * arrived → reception report → closed; or cancelled. Each change appends a timeline entry; each
 * published version is kept ({@link AlertRevision}). A draft is private to its owner; publishing shares
 * it with its audience. The rules of who may do what, and when, live here.
 */
@Entity
@Table(name = "alert")
public class Alert extends SharedRecord {

    static final int MAX_REASON = 500;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertStatus status = AlertStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Convert(converter = PartnerTenants.class)
    @Column(name = "audience_partners", nullable = false)
    private Set<String> audiencePartners = Set.of();

    /** How many versions were published: 0 for a draft, 1 after publishing, +1 for each update. */
    @Column(nullable = false)
    private int revision;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Set once, by whichever instance first found the alert unclaimed too close to its arrival. */
    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "personal_data_purged_at")
    private Instant personalDataPurgedAt;

    @Embedded
    private AlertContent content;

    @Embedded
    private ReceptionReport report;

    @ElementCollection
    @CollectionTable(name = "alert_claim", joinColumns = @JoinColumn(name = "alert_id"))
    @OrderBy("claimedAt")
    private List<Claim> claims = new ArrayList<>();

    @OneToMany(mappedBy = "alert", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @OneToMany(mappedBy = "alert", cascade = CascadeType.PERSIST)
    @OrderBy("revision")
    private List<AlertRevision> revisions = new ArrayList<>();

    protected Alert() {
    }

    private Alert(Caller author, AlertContent content, Audience audience, Set<String> partners, Instant now) {
        super(author.tenant());
        this.content = content;
        this.createdBy = author.username();
        audience(audience, partners);
        record(author, now, "created", "Brouillon créé");
    }

    /** A new draft of the author's association, private until published. */
    static Alert draft(Caller author, AlertContent content, Audience audience, Set<String> partners, Instant now) {
        if (!author.actsForTenant()) {
            throw DomainException.forbidden("Seuls les membres d'une association peuvent publier une alerte.");
        }
        return new Alert(author, content, audience, partners, now);
    }

    /** Shares the draft with its audience: the first CAP message. */
    void publish(Caller by, Instant now) {
        requireOwner(by);
        if (status != AlertStatus.DRAFT) {
            throw DomainException.conflict("Cette alerte est déjà publiée.");
        }
        status = AlertStatus.PUBLISHED;
        publishedAt = now;
        share(audience.visibility(), audiencePartners);
        addRevision(by, now);
        record(by, now, "published", "Publiée pour " + audienceLabel());
    }

    /** Supersedes the content. A published alert gets a new version; the earlier ones stay in its history. */
    void revise(Caller by, AlertContent newContent, Audience newAudience, Set<String> partners, Instant now) {
        requireOwner(by);
        requireNotFinished("modifiée");
        if (status == AlertStatus.ARRIVED || status == AlertStatus.REPORTED) {
            throw DomainException.conflict("L'arrivée est enregistrée : l'alerte ne peut plus être modifiée. Complétez le compte rendu d'accueil.");
        }
        this.content = newContent;
        audience(newAudience, partners);
        if (status == AlertStatus.DRAFT) {
            record(by, now, "updated", "Brouillon modifié");
            return;
        }
        share(audience.visibility(), audiencePartners);
        // A new arrival time deserves a new look by the escalation check.
        escalatedAt = null;
        addRevision(by, now);
        record(by, now, "updated", "Mise à jour : version " + revision + " (remplace la version " + (revision - 1) + ")");
    }

    /** The caller's association takes the reception in charge; several associations may share it. */
    void takeInCharge(Caller by, Instant now) {
        if (!by.actsForTenant()) {
            throw DomainException.forbidden("Seuls les membres d'une association peuvent prendre un accueil en charge.");
        }
        if (status == AlertStatus.DRAFT) {
            throw DomainException.conflict("Un brouillon ne peut pas être pris en charge : publiez-le d'abord.");
        }
        requireNotFinished("prise en charge");
        if (status == AlertStatus.REPORTED) {
            throw DomainException.conflict("Le compte rendu d'accueil est déjà déposé.");
        }
        if (claimedBy(by.tenant())) {
            throw DomainException.conflict("Votre association a déjà pris cet accueil en charge.");
        }
        claims.add(new Claim(by.tenant(), now, by.username()));
        if (status == AlertStatus.PUBLISHED) {
            status = AlertStatus.TAKEN_IN_CHARGE;
        }
        record(by, now, "claimed", "Accueil pris en charge");
    }

    /** The people arrived: recorded by an association that took the reception in charge, or the owner. */
    void markArrived(Caller by, Instant now) {
        requireOwnerOrReceiver(by);
        requireNotFinished("modifiée");
        if (status == AlertStatus.PUBLISHED) {
            throw DomainException.conflict("Personne n'a encore pris cet accueil en charge : prenez-le en charge avant d'enregistrer l'arrivée.");
        }
        if (status != AlertStatus.TAKEN_IN_CHARGE) {
            throw DomainException.conflict("L'arrivée est déjà enregistrée.");
        }
        status = AlertStatus.ARRIVED;
        arrivedAt = now;
        record(by, now, "arrived", "Arrivée enregistrée");
    }

    /** What was done for the people received. Filed once, by an association that received them. */
    void fileReceptionReport(Caller by, ReceptionReport filed, Instant now) {
        if (!by.actsForTenant() || !claimedBy(by.tenant())) {
            throw DomainException.forbidden("Le compte rendu est déposé par une association qui a pris l'accueil en charge.");
        }
        requireNotFinished("modifiée");
        if (status == AlertStatus.REPORTED) {
            throw DomainException.conflict("Le compte rendu d'accueil est déjà déposé.");
        }
        if (status != AlertStatus.ARRIVED) {
            throw DomainException.conflict("Enregistrez d'abord l'arrivée des personnes.");
        }
        report = filed.filed(now, by.tenant());
        status = AlertStatus.REPORTED;
        record(by, now, "reported", "Compte rendu : " + filed.received() + (filed.received() == 1 ? " personne reçue" : " personnes reçues"));
    }

    /** Ends the alert once the reception is reported. */
    void close(Caller by, Instant now) {
        requireOwnerOrReceiver(by);
        requireNotFinished("clôturée");
        if (status != AlertStatus.REPORTED) {
            throw DomainException.conflict("Une alerte se clôture après le dépôt du compte rendu d'accueil.");
        }
        status = AlertStatus.CLOSED;
        closedAt = now;
        record(by, now, "closed", "Alerte clôturée");
    }

    /** Nobody is coming after all, or the alert was a mistake: a CAP {@code Cancel}. */
    void cancel(Caller by, String reason, Instant now) {
        requireOwner(by);
        requireNotFinished("annulée");
        if (status == AlertStatus.ARRIVED || status == AlertStatus.REPORTED) {
            throw DomainException.conflict("Les personnes sont arrivées : l'alerte ne peut plus être annulée, seulement clôturée.");
        }
        List<DomainException.FieldError> errors = new ArrayList<>();
        String why = AlertContent.text(reason, "reason", MAX_REASON, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (why == null) {
            throw DomainException.invalid("reason", "Indiquez la raison de l'annulation.");
        }
        status = AlertStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = why;
        record(by, now, "cancelled", "Alerte annulée : " + why);
    }

    /** Recorded by the escalation check once it has claimed this alert. */
    void escalated(Instant now) {
        escalatedAt = now;
        timeline.add(new TimelineEntry(this, now, "Kafo", null, "escalated",
                "Personne n'a pris l'accueil en charge : la coordination du réseau est prévenue"));
        touch();
    }

    /** Recorded by the retention job once the personal data is gone. */
    void personalDataPurged(Instant now, int count) {
        personalDataPurgedAt = now;
        timeline.add(new TimelineEntry(this, now, "Kafo", null, "purged",
                "Données personnelles effacées (" + count + " fiche" + (count == 1 ? "" : "s") + ") à l'expiration du délai de conservation"));
    }

    /** Notes that personal data was added or changed (never what). */
    void personalDataRecorded(Caller by, Instant now, String what) {
        record(by, now, "personal-data", what);
    }

    /**
     * Who may record and read the personal data of the people arriving: members and tenant admins of
     * the owner association and of the associations that took the reception in charge. Nobody else,
     * whatever their role.
     */
    public boolean mayHandlePersonalData(Caller caller) {
        return caller.actsForTenant() && (caller.belongsTo(ownerTenant()) || claimedBy(caller.tenant()));
    }

    public boolean mayChange(Caller caller) {
        return VisibilityRule.canChange(caller, this);
    }

    public boolean claimedBy(String tenant) {
        return tenant != null && claims.stream().anyMatch(c -> c.tenant().equals(tenant));
    }

    /** Published, still unclaimed, and flagged by the escalation check. */
    public boolean escalatedNow() {
        return escalatedAt != null && status == AlertStatus.PUBLISHED;
    }

    private void audience(Audience chosen, Set<String> partners) {
        Audience a = chosen == null ? Audience.NETWORK : chosen;
        Set<String> named = partners == null ? Set.of() : Set.copyOf(partners);
        if (a == Audience.PARTNERS && named.isEmpty()) {
            throw DomainException.invalid("partners", "Choisissez au moins une association partenaire.");
        }
        for (String partner : named) {
            if (!PartnerTenants.isAlias(partner)) {
                throw DomainException.invalid("partners", "Association partenaire inconnue : " + partner);
            }
        }
        this.audience = a;
        this.audiencePartners = a == Audience.PARTNERS ? named : Set.of();
    }

    private void addRevision(Caller by, Instant now) {
        revision++;
        revisions.add(new AlertRevision(this, revision, now, by.username(), by.tenant(), content));
    }

    private void record(Caller by, Instant now, String action, String detail) {
        timeline.add(new TimelineEntry(this, now, by.username(), by.tenant(), action, detail));
        touch();
    }

    private void requireOwner(Caller by) {
        if (!mayChange(by)) {
            throw DomainException.forbidden("Seule l'association qui a publié l'alerte peut faire cela.");
        }
    }

    private void requireOwnerOrReceiver(Caller by) {
        if (!mayChange(by) && !(by.actsForTenant() && claimedBy(by.tenant()))) {
            throw DomainException.forbidden("Seules l'association qui a publié l'alerte et celles qui ont pris l'accueil en charge peuvent faire cela.");
        }
    }

    private void requireNotFinished(String verb) {
        if (status == AlertStatus.CLOSED) {
            throw DomainException.conflict("Cette alerte est clôturée : elle ne peut plus être " + verb + ".");
        }
        if (status == AlertStatus.CANCELLED) {
            throw DomainException.conflict("Cette alerte est annulée : elle ne peut plus être " + verb + ".");
        }
    }

    private String audienceLabel() {
        return switch (audience) {
            case NETWORK -> "tout le réseau";
            case PUBLIC -> "le public";
            case PARTNERS -> "les partenaires : " + String.join(", ", audiencePartners);
        };
    }

    public AlertStatus status() {
        return status;
    }

    public Audience audience() {
        return audience;
    }

    public Set<String> audiencePartners() {
        return audiencePartners;
    }

    public int revision() {
        return revision;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<Instant> escalatedAt() {
        return Optional.ofNullable(escalatedAt);
    }

    public Optional<Instant> arrivedAt() {
        return Optional.ofNullable(arrivedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Optional<Instant> personalDataPurgedAt() {
        return Optional.ofNullable(personalDataPurgedAt);
    }

    public AlertContent content() {
        return content;
    }

    /** The reception report, once filed. */
    public Optional<ReceptionReport> report() {
        return report == null || report.filedAt() == null ? Optional.empty() : Optional.of(report);
    }

    public List<Claim> claims() {
        return Collections.unmodifiableList(claims);
    }

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    public List<AlertRevision> revisions() {
        return Collections.unmodifiableList(revisions);
    }

    /** Whether a draft: private to its owner whatever its audience. */
    public boolean draft() {
        return status == AlertStatus.DRAFT;
    }
}
