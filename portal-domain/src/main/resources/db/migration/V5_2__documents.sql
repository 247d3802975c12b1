-- The knowledge base: documents (a shared record each) with their file, themes and publication date
-- (a year alone is allowed: month and day are optional, the day only with the month).
create table document (
    id                  uuid primary key,
    owner_tenant        text references tenant (alias),
    visibility          text not null check (visibility in ('PRIVATE', 'PARTNERS', 'NETWORK', 'PUBLIC')),
    partner_tenants     text not null default '',
    version             bigint not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    title               text not null check (length(title) between 3 and 300),
    kind                text not null check (kind in ('DECLARATION', 'RAPPORT', 'RAPPORT_ALTERNATIF', 'COMMUNICATION',
                            'COMPTE_RENDU', 'ARTICLE_DE_PRESSE', 'TEXTE_JURIDIQUE', 'ETUDE',
                            'PRESENTATION_INSTITUTIONNELLE')),
    author_organisation text,
    published_year      integer check (published_year between 1900 and 2200),
    published_month     integer check (published_month between 1 and 12),
    published_day       integer check (published_day between 1 and 31),
    place               text,
    language            text not null default 'fr',
    source_url          text,
    file_id             uuid not null unique references stored_file (id),
    deposited_by        text not null,
    check (published_month is null or published_year is not null),
    check (published_day is null or published_month is not null),
    -- a document the network keeps (no owner) is never private to anyone
    check (owner_tenant is not null or visibility in ('NETWORK', 'PUBLIC'))
);
create index document_owner on document (owner_tenant);
create index document_visibility on document (visibility);
create index document_published on document (published_year desc nulls last, created_at desc);

create table document_theme (
    document_id  uuid not null references document (id) on delete cascade,
    position     integer not null,
    theme        text not null,
    primary key (document_id, position)
);
create index document_theme_theme on document_theme (lower(theme));
