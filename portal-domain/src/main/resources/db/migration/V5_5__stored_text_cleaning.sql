-- Extracted text is cleaned once (issue 18): which cleaning a stored text has had. 0: as extracted before cleaning
-- existed; the portal re-extracts and cleans those at start-up, and sends their documents to search again.
alter table stored_file_text add column cleaning integer not null default 0;
