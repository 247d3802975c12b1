-- The directory of actors (annuaire des acteurs), close to Open Referral HSDS 3.0: organisations, the
-- services they give, where (locations, service at location), their contact persons and opening hours.
-- An entry is a shared record: owner_tenant is the member association it describes (null for actors that
-- are not tenants, kept by the network); visibility PUBLIC (default) or NETWORK.

create table directory_term (
    code      text primary key check (code ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    taxonomy  text not null check (taxonomy in ('CATEGORY', 'TARGET_GROUP')),
    name      text not null,
    active    boolean not null default true,
    version   bigint not null default 0
);
create unique index directory_term_name on directory_term (taxonomy, lower(name));

create table directory_organization (
    id              uuid primary key,
    owner_tenant    text references tenant (alias),
    visibility      text not null check (visibility in ('NETWORK', 'PUBLIC')),
    partner_tenants text not null default '',
    version         bigint not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    name            text not null,
    acronym         text,
    kind            text not null,
    country         char(2) not null,
    description     text,
    website         text,
    email           text,
    phone           text,
    -- folded words of the entry and its services, for the free-text filter (see Organization.searchKey)
    search_key      text not null default ''
);
-- Names and acronyms are unique, whatever the case (the service says so in French first).
create unique index directory_organization_name on directory_organization (lower(name));
create unique index directory_organization_acronym on directory_organization (lower(acronym)) where acronym is not null;
-- One entry per member association.
create unique index directory_organization_tenant on directory_organization (owner_tenant) where owner_tenant is not null;

create table directory_contact (
    organization_id uuid not null references directory_organization (id) on delete cascade,
    position        int not null,
    name            text not null,
    title           text,
    phone           text,
    email           text,
    primary key (organization_id, position)
);

create table directory_location (
    id              uuid primary key,
    organization_id uuid not null references directory_organization (id) on delete cascade,
    position        int not null default 0,
    name            text not null,
    address         text,
    city            text not null,
    country         char(2) not null default 'ML',
    -- required in Mali (the network's regions); abroad (La Cimade in Paris …) the country says enough
    region_code     text references region (code),
    latitude        double precision check (latitude between -90 and 90),
    longitude       double precision check (longitude between -180 and 180),
    check ((latitude is null) = (longitude is null)),
    check (country <> 'ML' or region_code is not null)
);
create index directory_location_organization on directory_location (organization_id);
create index directory_location_region on directory_location (region_code);

create table directory_service (
    id              uuid primary key,
    organization_id uuid not null references directory_organization (id) on delete cascade,
    position        int not null default 0,
    name            text not null,
    description     text,
    category_code   text not null references directory_term (code),
    languages       text not null default '',
    conditions      text,
    status          text not null check (status in ('ACTIVE', 'INACTIVE')),
    assured_date    date,
    assured_by      text,
    capacity        int check (capacity >= 0)
);
create index directory_service_organization on directory_service (organization_id);
create index directory_service_category on directory_service (category_code);

create table directory_service_target (
    service_id  uuid not null references directory_service (id) on delete cascade,
    term_code   text not null references directory_term (code),
    primary key (service_id, term_code)
);
create index directory_service_target_term on directory_service_target (term_code, service_id);

-- HSDS service_at_location: where a service is given.
create table directory_service_location (
    service_id  uuid not null references directory_service (id) on delete cascade,
    location_id uuid not null references directory_location (id) on delete cascade,
    primary key (service_id, location_id)
);

-- HSDS schedule (opening hours), of a location or of a service.
create table directory_location_hours (
    location_id uuid not null references directory_location (id) on delete cascade,
    position    int not null,
    days        text not null,
    opens_at    time,
    closes_at   time,
    note        text,
    primary key (location_id, position)
);
create table directory_service_hours (
    service_id  uuid not null references directory_service (id) on delete cascade,
    position    int not null,
    days        text not null,
    opens_at    time,
    closes_at   time,
    note        text,
    primary key (service_id, position)
);
