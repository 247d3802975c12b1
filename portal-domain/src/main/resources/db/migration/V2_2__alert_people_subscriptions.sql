-- Personal data of the people arriving: written and read by the owner tenant and the tenants that took
-- the reception in charge only, never shared, never indexed; purged after the retention period.
create table alert_person (
    id              uuid primary key,
    alert_id        uuid not null references alert (id) on delete cascade,
    full_name       text not null,
    age             integer check (age between 0 and 120),
    phone           text,
    family_contact  text,
    health_notes    text,
    recorded_by_tenant text not null,
    created_at      timestamptz not null,
    version         bigint not null default 0
);
create index alert_person_alert on alert_person (alert_id);

-- E-mail subscriptions: a signed-in user follows an arrival point or a whole region.
create table alert_subscription (
    id            uuid primary key,
    user_id       text not null,
    username      text not null,
    email         text not null,
    tenant        text,
    signed_in_roles text not null default '',
    arrival_point text references arrival_point (code),
    region        text references region (code),
    created_at    timestamptz not null,
    check ((arrival_point is null) <> (region is null))
);
create unique index alert_subscription_once on alert_subscription (user_id, coalesce(arrival_point, ''), coalesce(region, ''));
create index alert_subscription_point on alert_subscription (arrival_point);
create index alert_subscription_region on alert_subscription (region);
