-- The shared taxonomies of the directory (reference data, not demo data): the service categories and the
-- target groups the network named (design notes, "Directory of actors"). The network admins rename, retire
-- and add terms; codes are stable, so an HSDS export and its import agree on them.
insert into directory_term (code, taxonomy, name) values
    ('accueil', 'CATEGORY', 'Accueil'),
    ('hebergement', 'CATEGORY', 'Hébergement'),
    ('medical', 'CATEGORY', 'Médical'),
    ('psychosocial', 'CATEGORY', 'Soutien psychosocial'),
    ('juridique', 'CATEGORY', 'Assistance juridique'),
    ('reinsertion', 'CATEGORY', 'Réinsertion socio-économique'),
    ('transport', 'CATEGORY', 'Transport'),
    ('etat-civil', 'CATEGORY', 'État civil et documents'),
    ('liens-familiaux', 'CATEGORY', 'Rétablissement des liens familiaux'),
    ('sensibilisation', 'CATEGORY', 'Sensibilisation'),
    ('plaidoyer', 'CATEGORY', 'Plaidoyer'),
    ('femmes', 'TARGET_GROUP', 'Femmes'),
    ('enfants', 'TARGET_GROUP', 'Enfants'),
    ('mineurs-non-accompagnes', 'TARGET_GROUP', 'Mineurs non accompagnés'),
    ('expulses', 'TARGET_GROUP', 'Personnes expulsées'),
    ('refoules', 'TARGET_GROUP', 'Personnes refoulées'),
    ('rapatries', 'TARGET_GROUP', 'Personnes rapatriées'),
    ('personnes-blessees-ou-malades', 'TARGET_GROUP', 'Personnes blessées ou malades'),
    ('migrants-en-transit', 'TARGET_GROUP', 'Migrants en transit'),
    ('diaspora', 'TARGET_GROUP', 'Maliens de l''extérieur');
