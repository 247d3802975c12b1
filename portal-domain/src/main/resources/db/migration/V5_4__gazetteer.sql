-- The gazetteer (issue 18): the network's places and their spellings, which search applies as synonyms at query
-- time. Seeded once by the portal from the search module's data file (places.tsv), then kept by the network
-- administrators. The revision moves at every change, so that each instance sees a change within seconds.
create table gazetteer_place (
    id          uuid primary key,
    name        text not null check (length(name) between 1 and 120),
    name_key    text not null unique,
    kind        text not null check (kind in ('REGION', 'CITY', 'BORDER_POST', 'ARRIVAL_POINT', 'CAMP', 'COUNTRY', 'OTHER')),
    spellings   text not null default '',
    version     bigint not null default 0,
    updated_at  timestamptz not null default now()
);

create table gazetteer_state (
    id        integer primary key check (id = 1),
    revision  bigint not null,
    seeded    boolean not null
);
insert into gazetteer_state (id, revision, seeded) values (1, 0, false);
