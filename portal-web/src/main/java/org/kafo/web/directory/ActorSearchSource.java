package org.kafo.web.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kafo.domain.directory.Location;
import org.kafo.domain.directory.Organization;
import org.kafo.domain.directory.Service;
import org.kafo.domain.directory.Term;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.SearchFields;
import org.kafo.search.schema.Visibility;
import org.kafo.web.indexing.SearchDocumentSource;

/**
 * A directory entry as one search document of kind {@code actor}: its names, what it does and where (its
 * services with their categories, target groups and places), so the search box answers "psychosocial
 * Gao". Only what the entry shows to everyone who sees it: never contact persons, phones or e-mails.
 */
@ApplicationScoped
public class ActorSearchSource implements SearchDocumentSource {

    @Inject
    EntityManager em;

    @Override
    public String kind() {
        return Organization.SEARCH_KIND;
    }

    @Override
    public Optional<SearchDocument> document(String entityId) {
        Organization o = SearchDocumentSource.uuid(entityId).map(id -> em.find(Organization.class, id)).orElse(null);
        if (o == null) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder();
        append(body, o.kind().label() + (o.member() ? ", membre du réseau Kafo" : ""));
        append(body, o.description());
        for (Service s : o.services()) {
            append(body, s.name() + " (" + s.category().name() + ")" + (s.active() ? "" : " — inactif") + " : "
                    + Stream.concat(Stream.of(s.description()), s.targetGroups().stream().map(Term::name))
                    .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining(", ")));
        }
        append(body, o.locations().stream().map(Location::label).collect(Collectors.joining(" ; ")));
        Set<String> themes = new LinkedHashSet<>();
        o.services().forEach(s -> themes.add(s.category().name()));
        return Optional.of(SearchDocument.builder(documentId(entityId), kind())
                .title(o.acronym() == null ? o.name() : o.name() + " (" + o.acronym() + ")")
                .body(body.toString())
                .owner(o.ownerTenant())
                .visibility(Visibility.valueOf(o.visibility().name()))
                .partners(o.partnerTenants())
                .link("/annuaire/acteur.xhtml?id=" + o.id())
                .facet(SearchFields.DIM_ORGANISATION, Set.of(o.shortName()))
                .facet(SearchFields.DIM_THEME, themes)
                .language("fr")
                .build());
    }

    @Override
    public Stream<String> allIds() {
        return em.createQuery("select o.id from Organization o", UUID.class).getResultList().stream().map(UUID::toString);
    }

    private static void append(StringBuilder body, String text) {
        if (text != null && !text.isBlank()) {
            body.append(text.strip()).append('\n');
        }
    }
}
