-- The directory's free-text filter looks in the service, not in its whole organisation (issue 17): "psychosocial"
-- finds the services that say it (their name, description, category, target groups), not every service of an
-- organisation whose description has the word. The portal keeps the key (Service.searchKey) at every change; this
-- fills it once for the services kept before, folded as Organization.fold folds (lower case, no accents).
alter table directory_service add column search_key text not null default '';

update directory_service s set search_key = ' ' || trim(regexp_replace(lower(translate(
        concat_ws(' ', s.name, s.description, t.name,
                  (select string_agg(g.name, ' ') from directory_service_target st join directory_term g on g.code = st.term_code
                    where st.service_id = s.id)),
        'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ',
        'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyy')), '[^a-z0-9]+', ' ', 'g')) || ' '
from directory_term t where t.code = s.category_code;
