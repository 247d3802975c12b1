-- A test migration that would succeed on its own: it must not stay when the next one fails (group).
create table upgrade_probe (id int primary key);
