-- The regions of Mali (the 2023 administrative division: 19 regions and the district of Bamako).
-- Reference data, not demo data: the network admins may correct names or retire a region.
create table region (
    code     text primary key check (code ~ '^[a-z0-9-]+$'),
    name     text not null unique,
    country  char(2) not null,
    active   boolean not null default true,
    version  bigint not null default 0
);

insert into region (code, name, country) values
    ('bamako', 'District de Bamako', 'ML'),
    ('kayes', 'Kayes', 'ML'),
    ('koulikoro', 'Koulikoro', 'ML'),
    ('sikasso', 'Sikasso', 'ML'),
    ('segou', 'Ségou', 'ML'),
    ('mopti', 'Mopti', 'ML'),
    ('tombouctou', 'Tombouctou', 'ML'),
    ('gao', 'Gao', 'ML'),
    ('kidal', 'Kidal', 'ML'),
    ('menaka', 'Ménaka', 'ML'),
    ('taoudenit', 'Taoudénit', 'ML'),
    ('nioro', 'Nioro du Sahel', 'ML'),
    ('kita', 'Kita', 'ML'),
    ('dioila', 'Dioïla', 'ML'),
    ('nara', 'Nara', 'ML'),
    ('bougouni', 'Bougouni', 'ML'),
    ('koutiala', 'Koutiala', 'ML'),
    ('san', 'San', 'ML'),
    ('douentza', 'Douentza', 'ML'),
    ('bandiagara', 'Bandiagara', 'ML');
