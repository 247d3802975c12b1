-- Onboarding (issue 3): what the network admin gives when a partner joins, and when its status last changed.
-- Demo and spine tenants predate these columns: they stay null until someone fills them.
alter table tenant
    add column kind text check (kind in ('association-de-migrants', 'ong-nationale', 'ong-internationale',
        'service-etat', 'organisation-internationale', 'confessionnelle', 'media', 'diaspora')),
    add column contact_email text,
    add column status_changed_at timestamptz;

-- Two partners may not share a name, whatever its case (the Keycloak Organization names are unique too).
create unique index tenant_name_ci on tenant (lower(name));
