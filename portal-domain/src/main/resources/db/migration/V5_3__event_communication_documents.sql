-- Proceedings (V4_x): the attached documents of a communication are documents of the knowledge base. This link
-- needs the document table (V5_2), hence its place after it. Withdrawing a document unlinks it.
create table event_communication_document (
    communication_id uuid not null references event_communication (id) on delete cascade,
    document_id      uuid not null references document (id) on delete cascade,
    primary key (communication_id, document_id)
);
create index event_communication_document_doc on event_communication_document (document_id);
