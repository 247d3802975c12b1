-- The spine: partner associations, the audit log, the search outbox.
-- Version ranges by feature, so that features can grow in parallel:
--   V1 spine, V2 alerts, V3 directory, V4 proceedings, V5 knowledge base, V6 onboarding.

create table tenant (
    alias       text primary key check (alias ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name        text not null unique,
    acronym     text,
    country     char(2) not null,
    city        text,
    status      text not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
    created_at  timestamptz not null default now(),
    version     bigint not null default 0
);

create table audit_entry (
    id              bigint generated always as identity primary key,
    at              timestamptz not null default now(),
    actor_id        text not null,
    actor_name      text not null,
    actor_tenant    text,
    action          text not null,
    target_type     text not null,
    target_id       text not null,
    target_tenant   text,
    sensitive_read  boolean not null default false,
    detail          text
);
create index audit_entry_target_tenant on audit_entry (target_tenant, id desc);
create index audit_entry_actor_tenant on audit_entry (actor_tenant, id desc);
create index audit_entry_target on audit_entry (target_type, target_id);

-- The audit log is append-only: the application never changes nor deletes an entry.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each statement execute function audit_entry_is_append_only();

create table search_outbox (
    id          bigint generated always as identity primary key,
    kind        text not null,
    entity_id   text not null,
    created_at  timestamptz not null default now()
);

-- Wakes the indexers of every instance as soon as a change is committed (NOTIFY is sent at commit).
create function search_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('kafo_outbox', new.id::text);
    return null;
end $$;
create trigger search_outbox_notify after insert on search_outbox
    for each row execute function search_outbox_notify();
