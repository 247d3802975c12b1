-- Alerts on incoming expulsions (feature "alertes"): the arrival points the network keeps, the alerts
-- with their versions, claims and timeline, the personal data of the people arriving, subscriptions.

create table arrival_point (
    code     text primary key check (code ~ '^[a-z0-9-]{2,40}$'),
    name     text not null unique,
    kind     text not null check (kind in ('AIRPORT', 'BUS_STATION', 'RAILWAY_STATION', 'BORDER_POST', 'OTHER')),
    city     text not null,
    region   text not null references region (code),
    active   boolean not null default true,
    version  bigint not null default 0
);

insert into arrival_point (code, name, kind, city, region) values
    ('bamako-senou', 'Aéroport international de Bamako-Sénou', 'AIRPORT', 'Bamako', 'bamako'),
    ('sogoniko', 'Gare routière de Sogoniko', 'BUS_STATION', 'Bamako', 'bamako'),
    ('gare-bamako', 'Gare ferroviaire de Bamako', 'RAILWAY_STATION', 'Bamako', 'bamako'),
    ('gao', 'Gao (gare routière et accueil de la Mission catholique)', 'BUS_STATION', 'Gao', 'gao'),
    ('kidal', 'Kidal', 'OTHER', 'Kidal', 'kidal'),
    ('nioro', 'Nioro du Sahel', 'BUS_STATION', 'Nioro du Sahel', 'nioro'),
    ('gogui', 'Poste frontière de Gogui (Mauritanie)', 'BORDER_POST', 'Gogui', 'nioro'),
    ('tinzawaten', 'Poste frontière de Tinzawaten (Algérie)', 'BORDER_POST', 'Tinzawaten', 'kidal'),
    ('kayes', 'Kayes (gare routière et gare ferroviaire)', 'BUS_STATION', 'Kayes', 'kayes'),
    ('kayes-aeroport', 'Aéroport de Kayes-Dag Dag', 'AIRPORT', 'Kayes', 'kayes'),
    ('gao-aeroport', 'Aéroport de Gao-Korogoussou', 'AIRPORT', 'Gao', 'gao');

-- One alert. The shared-record columns first; the content columns are repeated in alert_revision.
create table alert (
    id                  uuid primary key,
    owner_tenant        text not null references tenant (alias),
    visibility          text not null check (visibility in ('PRIVATE', 'PARTNERS', 'NETWORK', 'PUBLIC')),
    partner_tenants     text not null default '',
    version             bigint not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,

    status              text not null check (status in ('DRAFT', 'PUBLISHED', 'TAKEN_IN_CHARGE', 'ARRIVED', 'REPORTED', 'CLOSED', 'CANCELLED')),
    audience            text not null check (audience in ('PARTNERS', 'NETWORK', 'PUBLIC')),
    audience_partners   text not null default '',
    revision            integer not null default 0,
    created_by          text not null,
    published_at        timestamptz,
    escalated_at        timestamptz,
    arrived_at          timestamptz,
    closed_at           timestamptz,
    cancelled_at        timestamptz,
    cancel_reason       text,
    personal_data_purged_at timestamptz,

    kind                text not null,
    origin_country      char(2) not null,
    transit_countries   text not null default '',
    expelling_authority text,
    airline             text,
    flight_number       text,
    convoy              text,
    expected_arrival    timestamptz not null,
    arrival_point       text not null references arrival_point (code),
    people_count        integer not null check (people_count > 0),
    men                 integer check (men >= 0),
    women               integer check (women >= 0),
    minors              integer check (minors >= 0),
    unaccompanied_minors integer check (unaccompanied_minors >= 0),
    vulnerabilities     text not null default '',
    needs               text not null default '',
    source              text,
    certainty           text not null,
    urgency             text not null,
    severity            text not null,
    description         text,

    report_received     integer,
    report_services     text,
    report_referrals    text,
    report_notes        text,
    report_filed_at     timestamptz,
    report_filed_by     text
);
-- "What arrives in the next 48 hours, where": the list's first question.
create index alert_arrival on alert (expected_arrival);
create index alert_status on alert (status, expected_arrival);
create index alert_point on alert (arrival_point, expected_arrival);
create index alert_owner on alert (owner_tenant);

-- Each published version, kept: CAP's Alert and Update messages are made from these rows.
create table alert_revision (
    id                  bigint generated always as identity primary key,
    alert_id            uuid not null references alert (id) on delete cascade,
    revision            integer not null,
    msg_type            text not null check (msg_type in ('ALERT', 'UPDATE')),
    sent_at             timestamptz not null,
    author              text not null,
    author_tenant       text not null,

    kind                text not null,
    origin_country      char(2) not null,
    transit_countries   text not null default '',
    expelling_authority text,
    airline             text,
    flight_number       text,
    convoy              text,
    expected_arrival    timestamptz not null,
    arrival_point       text not null references arrival_point (code),
    people_count        integer not null,
    men                 integer,
    women               integer,
    minors              integer,
    unaccompanied_minors integer,
    vulnerabilities     text not null default '',
    needs               text not null default '',
    source              text,
    certainty           text not null,
    urgency             text not null,
    severity            text not null,
    description         text,
    unique (alert_id, revision)
);

-- The tenants that took the reception in charge (CAP Ack messages).
create table alert_claim (
    alert_id    uuid not null references alert (id) on delete cascade,
    tenant      text not null references tenant (alias),
    claimed_at  timestamptz not null,
    claimed_by  text not null,
    primary key (alert_id, tenant)
);

-- Who did what, when: the detail page's timeline.
create table alert_timeline (
    id           bigint generated always as identity primary key,
    alert_id     uuid not null references alert (id) on delete cascade,
    at           timestamptz not null,
    actor        text not null,
    actor_tenant text,
    action       text not null,
    detail       text
);
create index alert_timeline_alert on alert_timeline (alert_id, id);
