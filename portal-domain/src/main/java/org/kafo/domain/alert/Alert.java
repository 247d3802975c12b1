package org.kafo.domain.alert;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kafo.domain.shared.Checks;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.shared.Message;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.PartnerTenants;
import org.kafo.domain.tenancy.SharedRecord;
import org.kafo.domain.tenancy.VisibilityRule;

/**
 * An alert on an incoming expulsion, and its whole life: draft → published → taken in charge → arrived → reception
 * reports → closed; or cancelled. Taking in charge is an offer of another association that the owner accepts or
 * declines ({@link Claim}); the alert is taken in charge while at least one offer is accepted. Each change appends a
 * timeline entry; each published version is kept ({@link AlertRevision}). A draft is private to its owner; publishing
 * shares it with its audience. Who may do what, and when, is {@link AlertRule}; every action here asks it first.
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

    /** Set once, by whichever instance first found the alert without an accepted receiver too close to its arrival. */
    @Column(name = "escalated_at")
    private Instant escalatedAt;

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
    private Arrival arrival;

    @OneToMany(mappedBy = "alert", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Claim> claims = new ArrayList<>();

    @OneToMany(mappedBy = "alert", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ReceptionReport> reports = new ArrayList<>();

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
        if (!AlertRule.mayPost(author)) {
            throw DomainException.forbidden(Message.of("alert.refused.post"));
        }
        return new Alert(author, content, audience, partners, now);
    }

    /** Shares the draft with its audience: the first CAP message. */
    void publish(Caller by, Instant now) {
        AlertRule.require(by, this, AlertAction.CHANGE);
        if (status != AlertStatus.DRAFT) {
            throw DomainException.conflict(Message.of("alert.refused.publishedTwice"));
        }
        status = AlertStatus.PUBLISHED;
        publishedAt = now;
        share(audience.visibility(), audiencePartners);
        addRevision(by, now);
        record(by, now, "published", "Publiée pour " + audienceLabel());
    }

    /** Supersedes the content. A published alert gets a new version; the earlier ones stay in its history. */
    void revise(Caller by, AlertContent newContent, Audience newAudience, Set<String> partners, Instant now) {
        AlertRule.require(by, this, AlertAction.CHANGE);
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

    /**
     * The caller's association offers to take the reception in charge; several may share it. The owner accepts or
     * declines; a partner the owner named when posting is accepted at once (the owner chose it), unless the owner
     * already declined or withdrew it. A declined or withdrawn association may offer again. Returns the claim.
     */
    Claim offer(Caller by, Instant now) {
        AlertRule.require(by, this, AlertAction.OFFER);
        Claim claim = claimOf(by.tenant()).orElse(null);
        boolean first = claim == null;
        if (first) {
            claim = new Claim(this, by.tenant(), by.username(), now);
            claims.add(claim);
        } else {
            claim.offer(by.username(), now);
        }
        if (first && audience == Audience.PARTNERS && audiencePartners.contains(by.tenant())) {
            claim.accept(by.username(), now, true);
            takenInCharge();
            record(by, now, "accepted", "Accueil pris en charge (partenaire nommé à la publication : accepté d'office)",
                    by.tenant(), null);
        } else {
            record(by, now, "offered", "Offre de prise en charge de l'accueil", by.tenant(), null);
        }
        return claim;
    }

    /** The owner accepts an association's offer: it becomes a receiver (personal data, arrival, its report). */
    void accept(Caller by, String tenant, Instant now) {
        AlertRule.require(by, this, AlertAction.DECIDE);
        Claim claim = claimIn(tenant, ClaimState.OFFERED, "alert.claim.noPendingOffer");
        claim.accept(by.username(), now, false);
        takenInCharge();
        record(by, now, "accepted", "Offre de prise en charge acceptée", tenant, null);
    }

    /** The owner declines an offer, saying why (the association reads the reason). */
    void decline(Caller by, String tenant, String reason, Instant now) {
        AlertRule.require(by, this, AlertAction.DECIDE);
        String why = reason(reason, "alert.decline.reasonMissing");
        claimIn(tenant, ClaimState.OFFERED, "alert.claim.noPendingOffer").decide(ClaimState.DECLINED, by.username(), now, why);
        record(by, now, "declined", "Offre de prise en charge déclinée", tenant, why);
    }

    /** The owner withdraws an acceptance, saying why: the association loses every right it had on the alert. */
    void withdraw(Caller by, String tenant, String reason, Instant now) {
        AlertRule.require(by, this, AlertAction.DECIDE);
        String why = reason(reason, "alert.withdraw.reasonMissing");
        claimIn(tenant, ClaimState.ACCEPTED, "alert.claim.noAcceptedClaim").decide(ClaimState.WITHDRAWN, by.username(), now, why);
        if (status == AlertStatus.TAKEN_IN_CHARGE && receivers().isEmpty()) {
            status = AlertStatus.PUBLISHED;
            // Nobody receives any more: the escalation check looks at it again.
            escalatedAt = null;
        }
        record(by, now, "withdrawn", "Prise en charge retirée", tenant, why);
    }

    /** The people arrived, as it happened: recorded by the owner or an accepted receiver. */
    void recordArrival(Caller by, Arrival.Input input, Instant now) {
        AlertRule.require(by, this, AlertAction.RECORD_ARRIVAL);
        arrival = Arrival.of(input, content.expectedArrival(), now, by.tenant());
        status = AlertStatus.ARRIVED;
        int count = arrival.peopleCount();
        record(by, now, "arrived", "Arrivée enregistrée : " + count + (count == 1 ? " personne arrivée" : " personnes arrivées"));
    }

    /** What the caller's association did for the people received; each association files its own, once. */
    void fileReceptionReport(Caller by, ReceptionReport filed, Instant now) {
        AlertRule.require(by, this, AlertAction.FILE_REPORT);
        Integer arrived = arrival().map(Arrival::peopleCount).orElse(null);
        if (arrived != null && filed.received() > arrived) {
            throw DomainException.invalid("received", Message.of(arrived == 1 ? "alert.received.overArrivedOne" : "alert.received.overArrived",
                    filed.received(), arrived));
        }
        reports.add(filed.filed(this, by, now));
        status = AlertStatus.REPORTED;
        record(by, now, "reported", "Compte rendu : " + filed.received() + (filed.received() == 1 ? " personne reçue" : " personnes reçues"),
                by.tenant(), null);
    }

    /** Ends the alert once a reception is reported. */
    void close(Caller by, Instant now) {
        AlertRule.require(by, this, AlertAction.CLOSE);
        status = AlertStatus.CLOSED;
        closedAt = now;
        record(by, now, "closed", "Alerte clôturée");
    }

    /** Nobody is coming after all, or the alert was a mistake: a CAP {@code Cancel}. */
    void cancel(Caller by, String reason, Instant now) {
        AlertRule.require(by, this, AlertAction.CANCEL);
        String why = reason(reason, "alert.cancel.reasonMissing");
        status = AlertStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = why;
        record(by, now, "cancelled", "Alerte annulée", null, why);
    }

    /**
     * The timeline's entry of the escalation check, once {@link Alerts#claimEscalation} has marked this alert: persisted
     * on its own, not through the alert, whose version stays the one people hold (the escalation changes nothing they
     * decide on).
     */
    TimelineEntry escalation(Instant now) {
        return new TimelineEntry(this, now, "Kafo", null, "escalated",
                "Aucune prise en charge acceptée : la coordination du réseau est prévenue", null, null);
    }

    /** Recorded by the retention job once the personal data is gone. */
    void personalDataPurged(Instant now, int count) {
        personalDataPurgedAt = now;
        timeline.add(new TimelineEntry(this, now, "Kafo", null, "purged",
                "Données personnelles effacées (" + count + " fiche" + (count == 1 ? "" : "s") + ") à l'expiration du délai de conservation",
                null, null));
    }

    /** Notes that personal data was added or changed (never what). */
    void personalDataRecorded(Caller by, Instant now, String what) {
        record(by, now, "personal-data", what);
    }

    /** The claim of that association, whatever its state. */
    public Optional<Claim> claimOf(String tenant) {
        return tenant == null ? Optional.empty() : claims.stream().filter(c -> c.tenant().equals(tenant)).findFirst();
    }

    /** The report of that association, once filed. */
    public Optional<ReceptionReport> reportOf(String tenant) {
        return tenant == null ? Optional.empty() : reports.stream().filter(r -> r.tenant().equals(tenant)).findFirst();
    }

    /** The associations whose offer was accepted, in the order they were accepted. */
    public List<String> receivers() {
        return claims.stream().filter(c -> c.is(ClaimState.ACCEPTED))
                .sorted(Comparator.comparing((Claim c) -> c.decidedAt().orElse(c.offeredAt())).thenComparing(Claim::tenant))
                .map(Claim::tenant).toList();
    }

    /** Whether an offer waits for the owner's answer ("offre en attente" in the lists). */
    public boolean offerPending() {
        return claims.stream().anyMatch(c -> c.is(ClaimState.OFFERED));
    }

    /** Published without an accepted receiver, and flagged by the escalation check. */
    public boolean escalatedNow() {
        return escalatedAt != null && status == AlertStatus.PUBLISHED;
    }

    /** The content as this reader may read it: its description (free text) for the owner and the accepted receivers only. */
    public AlertContent contentFor(Caller reader) {
        return readable(reader, content);
    }

    AlertContent readable(Caller reader, AlertContent c) {
        return AlertRule.mayReadFreeText(reader, this, null) ? c : c.withoutFreeText();
    }

    /** The versions this reader could see when each was current. */
    public List<AlertRevision> revisionsFor(Caller reader) {
        return revisions.stream().filter(r -> VisibilityRule.canSee(reader, r)).toList();
    }

    /** The reason of a cancellation, for those who may read free text. */
    public Optional<String> cancelReasonFor(Caller reader) {
        return cancelReason != null && AlertRule.mayReadFreeText(reader, this, null) ? Optional.of(cancelReason) : Optional.empty();
    }

    /** An accepted offer: the alert is taken in charge (from published; later states stay as they are). */
    private void takenInCharge() {
        if (status == AlertStatus.PUBLISHED) {
            status = AlertStatus.TAKEN_IN_CHARGE;
        }
    }

    private Claim claimIn(String tenant, ClaimState state, String otherwise) {
        Claim claim = claimOf(tenant).orElseThrow(() -> DomainException.notFound(Message.of("alert.claim.none")));
        if (!claim.is(state)) {
            throw DomainException.conflict(Message.of(otherwise, Message.of("alert.claim.state." + claim.state().name())));
        }
        return claim;
    }

    /** A reason typed for a decision; {@code missingKey} says why one is needed. */
    private static String reason(String typed, String missingKey) {
        Checks checks = Checks.start();
        String why = checks.text("reason", "alert.field.reason", typed).max(MAX_REASON).required(missingKey);
        checks.throwIfAny();
        return why;
    }

    /** The audience the author chose (never assumed) and its partners: other associations of the network, never the owner. */
    private void audience(Audience chosen, Set<String> partners) {
        if (chosen == null) {
            throw DomainException.invalid("audience", Message.of("alert.audience.missing"));
        }
        Audience a = chosen;
        Set<String> named = partners == null ? Set.of() : Set.copyOf(partners);
        if (a == Audience.PARTNERS && named.isEmpty()) {
            throw DomainException.invalid("partners", Message.of("check.partners.missing"));
        }
        if (a == Audience.PARTNERS && named.contains(ownerTenant())) {
            throw DomainException.invalid("partners", Message.of("alert.partners.own"));
        }
        for (String partner : named) {
            if (!PartnerTenants.isAlias(partner)) {
                throw DomainException.invalid("partners", Message.of("check.partners.unknown", partner));
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
        record(by, now, action, detail, null, null);
    }

    private void record(Caller by, Instant now, String action, String detail, String subject, String note) {
        timeline.add(new TimelineEntry(this, now, by.username(), by.tenant(), action, detail, subject, note));
        touch();
    }

    private String audienceLabel() {
        return switch (audience) {
            case NETWORK -> "tout le réseau";
            case PUBLIC -> "le public";
            case PARTNERS -> "les partenaires : " + String.join(", ", new java.util.TreeSet<>(audiencePartners));
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

    /** The arrival as it happened, once recorded. */
    public Optional<Arrival> arrival() {
        return arrival == null || arrival.at() == null ? Optional.empty() : Optional.of(arrival);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public Optional<Instant> personalDataPurgedAt() {
        return Optional.ofNullable(personalDataPurgedAt);
    }

    /** The whole content: for the owner's form, the headline and the structured facts; readers get {@link #contentFor}. */
    public AlertContent content() {
        return content;
    }

    /** Every association's report, in the order they were filed. */
    public List<ReceptionReport> reports() {
        return Collections.unmodifiableList(reports);
    }

    /** Every offer, whatever its state, in the order first made. */
    public List<Claim> claims() {
        return Collections.unmodifiableList(claims);
    }

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    /** Every version, for the owner's history and CAP (which shows each reader only {@link #revisionsFor}). */
    public List<AlertRevision> revisions() {
        return Collections.unmodifiableList(revisions);
    }

    /** Whether a draft: private to its owner whatever its audience. */
    public boolean draft() {
        return status == AlertStatus.DRAFT;
    }
}
