-- Files people upload (knowledge base documents, later proceedings attachments), kept in the database so
-- that every instance serves the same ones. Metadata, bytes and extracted text live in three tables so
-- that a list of files never reads megabytes it does not show.
create table stored_file (
    id             uuid primary key,
    original_name  text not null check (length(original_name) between 1 and 255),
    media_type     text not null,
    size_bytes     bigint not null check (size_bytes > 0),
    sha256         char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    created_at     timestamptz not null default now()
);
create index stored_file_sha256 on stored_file (sha256);

create table stored_file_bytes (
    file_id  uuid primary key references stored_file (id) on delete cascade,
    bytes    bytea not null
);
-- Uploads are already compressed (PDF, DOCX, ODT) or small: PostgreSQL need not try again.
alter table stored_file_bytes alter column bytes set storage external;

create table stored_file_text (
    file_id  uuid primary key references stored_file (id) on delete cascade,
    text     text not null
);
