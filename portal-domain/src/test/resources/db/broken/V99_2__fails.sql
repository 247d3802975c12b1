-- A test migration that cannot be applied: the column does not exist.
alter table upgrade_probe alter column no_such_column set not null;
