-- Accounts and tokens (issue 15): an invitation sent to the address of an account that already exists never takes
-- the account over. It becomes an offer, which only the account's owner accepts, signed in with that address verified.
create table membership_offer (
    id           uuid primary key,
    tenant_alias text not null references tenant (alias),
    user_id      text not null,
    email        text not null,
    role         text not null check (role in ('tenant-admin', 'member', 'observer')),
    offered_by   text not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    -- one open offer per association and account: a second invitation renews it
    unique (tenant_alias, user_id)
);
create index membership_offer_user on membership_offer (user_id);
