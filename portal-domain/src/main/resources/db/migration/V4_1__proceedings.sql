-- Meetings and proceedings (rencontres et actes): an event (a shared record of its organiser tenant) with its
-- sessions, communications (their attached documents are documents of the knowledge base), participants,
-- recommendations addressed to actors of the directory, and commitments followed up with dated notes.
-- The children live and die with their event; the event's version guards its programme against lost updates,
-- a commitment has its own version (its follow-up is written by other people at other times).

create table event (
    id              uuid primary key,
    owner_tenant    text references tenant (alias),
    visibility      text not null check (visibility in ('PRIVATE', 'PARTNERS', 'NETWORK', 'PUBLIC')),
    partner_tenants text not null default '',
    version         bigint not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    kind            text not null check (kind in ('SEMINAIRE', 'ATELIER', 'FORUM', 'JOURNEE_CONCERTATION')),
    title           text not null check (length(title) between 3 and 300),
    theme           text check (length(theme) <= 500),
    starts_on       date not null,
    ends_on         date not null,
    venue           text check (length(venue) <= 200),
    city            text check (length(city) <= 120),
    check (ends_on >= starts_on),
    check (owner_tenant is not null or visibility in ('NETWORK', 'PUBLIC'))
);
create index event_owner on event (owner_tenant);
create index event_visibility on event (visibility);
create index event_starts on event (starts_on desc);

create table event_session (
    id          uuid primary key,
    event_id    uuid not null references event (id) on delete cascade,
    sub_theme   text not null check (length(sub_theme) between 3 and 500),
    moderator   text check (length(moderator) <= 200),
    starts_at   timestamp not null,
    ends_at     timestamp not null,
    check (ends_at > starts_at)
);
create index event_session_event on event_session (event_id, starts_at);

create table event_communication (
    id          uuid primary key,
    event_id    uuid not null references event (id) on delete cascade,
    title       text not null check (length(title) between 3 and 300),
    speakers    text not null check (length(speakers) between 2 and 500),
    abstract    text check (length(abstract) <= 5000),
    created_at  timestamptz not null
);
create index event_communication_event on event_communication (event_id, created_at);

-- (the attached documents of a communication: V5_3, once the knowledge base's document table exists)

create table event_participant (
    id                uuid primary key,
    event_id          uuid not null references event (id) on delete cascade,
    name              text not null check (length(name) between 2 and 200),
    organisation_name text check (length(organisation_name) <= 200),
    role              text not null check (role in ('ORGANISATEUR', 'MODERATEUR', 'INTERVENANT', 'PARTICIPANT', 'OBSERVATEUR')),
    created_at        timestamptz not null
);
create index event_participant_event on event_participant (event_id, created_at);

-- a participant's organisation when it is an actor of the directory (a row only then: no nullable uuid to bind)
create table event_participant_organization (
    participant_id  uuid primary key references event_participant (id) on delete cascade,
    organization_id uuid not null references directory_organization (id) on delete cascade
);

create table event_recommendation (
    id          uuid primary key,
    event_id    uuid not null references event (id) on delete cascade,
    theme       text check (length(theme) <= 200),
    text        text not null check (length(text) between 3 and 2000),
    created_at  timestamptz not null
);
create index event_recommendation_event on event_recommendation (event_id, created_at);

create table event_recommendation_addressee (
    recommendation_id uuid not null references event_recommendation (id) on delete cascade,
    organization_id   uuid not null references directory_organization (id) on delete cascade,
    position          integer not null,
    primary key (recommendation_id, organization_id)
);

create table commitment (
    id                    uuid primary key,
    event_id              uuid not null references event (id) on delete cascade,
    owner_organization_id uuid not null references directory_organization (id),
    what                  text not null check (length(what) between 3 and 1000),
    due_on                date not null,
    status                text not null check (status in ('PREVU', 'EN_COURS', 'REALISE', 'ABANDONNE')),
    version               bigint not null default 0,
    created_at            timestamptz not null,
    updated_at            timestamptz not null
);
create index commitment_event on commitment (event_id);
create index commitment_open on commitment (due_on) where status in ('PREVU', 'EN_COURS');
create index commitment_owner on commitment (owner_organization_id);

create table commitment_note (
    id            uuid primary key,
    commitment_id uuid not null references commitment (id) on delete cascade,
    noted_on      date not null,
    status        text not null check (status in ('PREVU', 'EN_COURS', 'REALISE', 'ABANDONNE')),
    text          text not null check (length(text) between 1 and 2000),
    written_by    text not null,
    created_at    timestamptz not null
);
create index commitment_note_commitment on commitment_note (commitment_id, created_at);
