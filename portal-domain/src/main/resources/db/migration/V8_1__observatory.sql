-- The returns observatory (issue 19): the network's figures over a period, read from the alerts and their reports.
-- Nothing here holds personal data: the figures read structured facts only (counts, kinds, places, times), never
-- alert_person nor the free text of alerts and reports.

-- 1. Where the arrival points are, for the map of Mali (WGS 84, decimal degrees). The network's own coordinates of
--    its points, from public maps; a point added later without them is listed beside the map, not drawn on it.
alter table arrival_point
    add column latitude  numeric(8, 5) check (latitude between -90 and 90),
    add column longitude numeric(8, 5) check (longitude between -180 and 180),
    add check ((latitude is null) = (longitude is null));
update arrival_point p set latitude = c.lat, longitude = c.lon
  from (values ('bamako-senou', 12.53350, -7.94994),
               ('sogoniko', 12.59620, -7.98450),
               ('gare-bamako', 12.64890, -8.00290),
               ('gao', 16.27170, -0.04470),
               ('kidal', 18.44110, 1.40780),
               ('nioro', 15.23050, -9.59050),
               ('gogui', 15.58330, -9.35000),
               ('tinzawaten', 19.95970, 2.94360),
               ('kayes', 14.44690, -11.44450),
               ('kayes-aeroport', 14.48120, -11.40440),
               ('gao-aeroport', 16.24840, -0.00540)) as c(code, lat, lon)
 where p.code = c.code;

-- 2. One row per alert as the figures count it (drafts never count: they are nobody's figures yet). It keeps the
--    alert's owner, visibility and partners, so that every query applies the one visibility rule to it
--    (VisibilityRule.visibleTo over the AlertFact entity), and the facts the figures add up:
--    - observed_at: the time an alert counts for, the actual arrival when recorded, else the expected arrival
--      (Mali is on UTC: months are UTC months);
--    - received: the people the reports say were received, added up over the associations that reported, never more
--      than arrived (two associations receiving the same group do not count it twice);
--    - in_time: an association's offer was accepted before the people arrived (and still is);
--    - lead_hours: hours from the publication of the alert to the actual arrival (0 when posted after the fact).
create view observatory_alert as
select a.id, a.owner_tenant, a.visibility, a.partner_tenants, a.version, a.created_at, a.updated_at,
       coalesce(a.arrived_at, a.expected_arrival) as observed_at,
       to_char(coalesce(a.arrived_at, a.expected_arrival) at time zone 'UTC', 'YYYY-MM') as month,
       a.status = 'CANCELLED' as cancelled,
       a.kind, a.origin_country, a.arrival_point, p.region,
       a.people_count, coalesce(a.women, 0) as women, coalesce(a.minors, 0) as minors,
       coalesce(a.unaccompanied_minors, 0) as unaccompanied_minors,
       a.arrived_at is not null as arrived,
       coalesce(a.arrived_count, 0) as arrived_count, coalesce(a.arrived_women, 0) as arrived_women,
       coalesce(a.arrived_minors, 0) as arrived_minors,
       coalesce(a.arrived_unaccompanied_minors, 0) as arrived_unaccompanied_minors,
       a.vulnerabilities,
       case when a.arrived_at is not null and a.published_at is not null
            then greatest(0, extract(epoch from (a.arrived_at - a.published_at)) / 3600.0) end as lead_hours,
       a.arrived_at is not null and exists (select 1 from alert_claim c where c.alert_id = a.id and c.state = 'ACCEPTED'
                                                and c.decided_at <= a.arrived_at) as in_time,
       least(coalesce((select sum(r.received) from alert_report r where r.alert_id = a.id), 0),
             coalesce(a.arrived_count, 2147483647)) as received
  from alert a
  join arrival_point p on p.code = a.arrival_point
 where a.status <> 'DRAFT';

-- "The figures of a period": every query bounds observed_at, over 100,000 alerts and more.
create index alert_observed on alert ((coalesce(arrived_at, expected_arrival))) where status <> 'DRAFT';
-- The reports of the alerts of a period (one association's own, for its own figures).
create index alert_report_tenant on alert_report (tenant, alert_id);

-- 3. Periods whose network figures a network administrator made public. One row per period; periods never overlap
--    (a year and one of its quarters both public would let anyone subtract one from the other and find hidden cells).
create table observatory_publication (
    period          text primary key check (period ~ '^[0-9]{4}(-T[1-4])?$'),
    starts_at       timestamptz not null,
    ends_at         timestamptz not null check (ends_at > starts_at),
    published_at    timestamptz not null,
    published_by    text not null
);

-- 4. Whether this database holds the demonstration data set: every figure, page and export then says so.
create table demonstration_data (
    name       text primary key,
    loaded_at  timestamptz not null
);
