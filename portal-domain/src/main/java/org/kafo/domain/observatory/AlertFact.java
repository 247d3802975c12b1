package org.kafo.domain.observatory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.eclipse.persistence.annotations.ReadOnly;
import org.kafo.domain.alert.AlertKind;
import org.kafo.domain.alert.ReceptionReport;
import org.kafo.domain.tenancy.SharedRecord;

/**
 * One published alert as the figures count it: the view {@code observatory_alert} (V8_1), read only. It carries the
 * alert's owner, visibility and partners, so that queries apply {@link org.kafo.domain.tenancy.VisibilityRule} to it
 * as to the alert itself, and only structured facts: counts, kinds, places and times. No personal data, no free text.
 * Queries name its attributes; nothing reads an instance.
 */
@Entity
@ReadOnly
@Table(name = "observatory_alert")
public class AlertFact extends SharedRecord {

    /** The actual arrival when recorded, else the expected one: the time the alert counts for. */
    @Column(name = "observed_at")
    private Instant observedAt;

    /** {@code 2025-03}, in UTC (Mali's time). */
    private String month;

    private boolean cancelled;

    @Enumerated(EnumType.STRING)
    private AlertKind kind;

    @Column(name = "origin_country")
    private String originCountry;

    @Column(name = "arrival_point")
    private String arrivalPoint;

    private String region;

    @Column(name = "people_count")
    private int peopleCount;

    private int women;
    private int minors;

    @Column(name = "unaccompanied_minors")
    private int unaccompaniedMinors;

    private boolean arrived;

    @Column(name = "arrived_count")
    private int arrivedCount;

    @Column(name = "arrived_women")
    private int arrivedWomen;

    @Column(name = "arrived_minors")
    private int arrivedMinors;

    @Column(name = "arrived_unaccompanied_minors")
    private int arrivedUnaccompaniedMinors;

    /** Space-separated {@link org.kafo.domain.alert.Vulnerability} names. */
    private String vulnerabilities;

    @Column(name = "lead_hours")
    private Double leadHours;

    @Column(name = "in_time")
    private boolean inTime;

    /** The people the reports received, never more than arrived. */
    private long received;

    /** The alert's reception reports, one per association that reported (their counts and services only are read). */
    @OneToMany
    @JoinColumn(name = "alert_id", insertable = false, updatable = false)
    private List<ReceptionReport> reports;

    protected AlertFact() {
    }
}
