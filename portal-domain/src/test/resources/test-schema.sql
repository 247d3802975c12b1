-- Tables of the test-only entities; the pattern every feature table that extends SharedRecord follows.
create table if not exists test_shared_record (
    id              uuid primary key,
    owner_tenant    text,
    visibility      text not null,
    partner_tenants text not null default '',
    version         bigint not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    label           text not null
);
