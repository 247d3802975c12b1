-- Receiving people safely (issue 14). Taking in charge becomes an offer the owner accepts or declines; each receiving
-- association files its own report; the arrival is recorded as it happened; each published version keeps who could
-- see it; free text in the timeline is kept apart from what every reader sees.
-- (Numbered 2.5, not 2.3: another change to the alerts was under way at the same time.)

-- 1. Claims: one row per association and alert, with a state.
alter table alert_claim drop constraint alert_claim_pkey;
alter table alert_claim add column id bigint generated always as identity primary key;
alter table alert_claim add constraint alert_claim_once unique (alert_id, tenant);
alter table alert_claim rename column claimed_at to offered_at;
alter table alert_claim rename column claimed_by to offered_by;
alter table alert_claim
    add column state text not null default 'OFFERED' check (state in ('OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    add column decided_at timestamptz,
    add column decided_by text,
    add column reason text,
    add column named_partner boolean not null default false;
alter table alert_claim alter column state drop default;

-- Earlier claims took effect without the owner's consent. Those the new rule accepts at once stay accepted: a partner
-- the owner named on a partners-only alert...
update alert_claim c set state = 'ACCEPTED', decided_at = c.offered_at, decided_by = c.offered_by, named_partner = true
  from alert a
 where a.id = c.alert_id and a.audience = 'PARTNERS' and (' ' || a.audience_partners || ' ') like ('% ' || c.tenant || ' %');
-- ... and the associations of receptions that took place (the people arrived: they received them).
update alert_claim c set state = 'ACCEPTED', decided_at = c.offered_at, decided_by = 'kafo'
  from alert a
 where a.id = c.alert_id and c.state = 'OFFERED' and a.arrived_at is not null;
-- The others are offers waiting for the owner's answer, and give no right until accepted; an alert without an accepted
-- receiver is not taken in charge (and the escalation check looks at it again).
update alert a set status = 'PUBLISHED', escalated_at = null
 where a.status = 'TAKEN_IN_CHARGE'
   and not exists (select 1 from alert_claim c where c.alert_id = a.id and c.state = 'ACCEPTED');
create index alert_claim_state on alert_claim (alert_id, state);

-- 2. Reports: one per association (the owner's included).
create table alert_report (
    id          bigint generated always as identity primary key,
    alert_id    uuid not null references alert (id) on delete cascade,
    tenant      text not null references tenant (alias),
    received    integer not null check (received >= 0),
    services    text not null default '',
    referrals   text,
    notes       text,
    filed_at    timestamptz not null,
    filed_by    text not null,
    unique (alert_id, tenant)
);
insert into alert_report (alert_id, tenant, received, services, referrals, notes, filed_at, filed_by)
select a.id, a.report_filed_by, coalesce(a.report_received, 0), coalesce(a.report_services, ''), a.report_referrals,
       a.report_notes, a.report_filed_at,
       coalesce((select t.actor from alert_timeline t where t.alert_id = a.id and t.action = 'reported' order by t.id desc limit 1),
                a.report_filed_by)
  from alert a
 where a.report_filed_at is not null and a.report_filed_by is not null;
alter table alert
    drop column report_received,
    drop column report_services,
    drop column report_referrals,
    drop column report_notes,
    drop column report_filed_at,
    drop column report_filed_by;

-- 3. The arrival as it happened. Arrivals recorded before keep their time; their count was never asked.
alter table alert
    add column arrived_count integer check (arrived_count > 0),
    add column arrived_women integer check (arrived_women >= 0),
    add column arrived_minors integer check (arrived_minors >= 0),
    add column arrived_unaccompanied_minors integer check (arrived_unaccompanied_minors >= 0),
    add column arrival_recorded_at timestamptz,
    add column arrival_recorded_by text;
update alert a set arrival_recorded_at = a.arrived_at,
       arrival_recorded_by = (select t.actor_tenant from alert_timeline t where t.alert_id = a.id and t.action = 'arrived'
                               order by t.id desc limit 1)
 where a.arrived_at is not null;

-- 4. Each version keeps who could see it when it was current.
alter table alert_revision
    add column visibility text check (visibility in ('PRIVATE', 'PARTNERS', 'NETWORK', 'PUBLIC')),
    add column partner_tenants text not null default '';
-- The current version: as the alert is now.
update alert_revision r set visibility = a.visibility, partner_tenants = a.partner_tenants
  from alert a
 where a.id = r.alert_id and r.revision = a.revision;
-- The first: the audience it was published for, as the timeline says ("Publiée pour …").
update alert_revision r
   set visibility = case when t.detail = 'Publiée pour tout le réseau' then 'NETWORK'
                         when t.detail = 'Publiée pour le public' then 'PUBLIC'
                         else 'PARTNERS' end,
       partner_tenants = case when t.detail like 'Publiée pour les partenaires : %'
                              then replace(substr(t.detail, length('Publiée pour les partenaires : ') + 1), ', ', ' ')
                              else '' end
  from alert_timeline t
 where t.alert_id = r.alert_id and t.action = 'published' and r.revision = 1 and r.visibility is null
   and (t.detail in ('Publiée pour tout le réseau', 'Publiée pour le public') or t.detail like 'Publiée pour les partenaires : %');
-- Versions in between were not recorded with their audience: the owner's alone, rather than a guess that might widen it.
update alert_revision set visibility = 'PRIVATE', partner_tenants = '' where visibility is null;
alter table alert_revision alter column visibility set not null;

-- 5. The timeline: the association an entry is about, and its free text (a reason) apart from what every reader sees.
alter table alert_timeline add column subject_tenant text, add column note text;
update alert_timeline set note = substr(detail, length('Alerte annulée : ') + 1), detail = 'Alerte annulée'
 where action = 'cancelled' and detail like 'Alerte annulée : %';
update alert_timeline set subject_tenant = actor_tenant where action in ('claimed', 'reported');
