package org.kafo.web.proceedings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kafo.domain.proceedings.Commitment;
import org.kafo.domain.proceedings.Communication;
import org.kafo.domain.proceedings.Event;
import org.kafo.domain.proceedings.EventSession;
import org.kafo.domain.proceedings.Events;
import org.kafo.domain.proceedings.Proceedings;
import org.kafo.domain.proceedings.Recommendation;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.SearchFields;
import org.kafo.search.schema.Visibility;
import org.kafo.web.indexing.SearchDocumentSource;

/**
 * An event as one search document of kind {@code event}: its title and theme, the sub-themes of its sessions, the
 * titles and abstracts of its communications, its recommendations and its commitments (with the actors). No
 * participant, moderator or speaker name: people are not searched for. Who finds it: the event's own owner,
 * visibility and partners.
 */
@ApplicationScoped
public class EventSearchSource implements SearchDocumentSource {

    @Inject
    Events events;

    @Override
    public String kind() {
        return Proceedings.KIND;
    }

    @Override
    public Optional<SearchDocument> document(String entityId) {
        return SearchDocumentSource.uuid(entityId).flatMap(events::forIndex).map(this::toSearch);
    }

    @Override
    public Stream<String> allIds() {
        return events.allIds().map(UUID::toString);
    }

    private SearchDocument toSearch(Event e) {
        StringBuilder body = new StringBuilder();
        append(body, e.kind().label() + (e.city() == null ? "" : ", " + e.city()) + (e.venue() == null ? "" : ", " + e.venue()));
        append(body, e.theme());
        for (EventSession s : e.sessions()) {
            append(body, s.subTheme());
        }
        for (Communication c : e.communications()) {
            append(body, c.title());
            append(body, c.summary());
        }
        Set<String> themes = new LinkedHashSet<>();
        Set<String> actors = new LinkedHashSet<>();
        for (Recommendation r : e.recommendations()) {
            append(body, "Recommandation : " + r.text() + (r.addressees().isEmpty() ? "" : " (" + r.addressees().stream()
                    .map(o -> o.shortName()).collect(Collectors.joining(", ")) + ")"));
            if (r.theme() != null) {
                themes.add(r.theme());
            }
            r.addressees().forEach(o -> actors.add(o.shortName()));
        }
        for (Commitment c : e.commitments()) {
            append(body, "Engagement de " + c.owner().shortName() + " : " + c.what() + " (" + c.status().label() + ")");
            actors.add(c.owner().shortName());
        }
        SearchDocument.Builder builder = SearchDocument.builder(documentId(e.id().toString()), kind())
                .title(e.title())
                .body(body.toString())
                .owner(e.ownerTenant())
                .visibility(Visibility.valueOf(e.visibility().name()))
                .partners(e.partnerTenants())
                .link(EventPages.page(e.id()))
                .language("fr")
                .date(e.startsOn());
        if (!themes.isEmpty()) {
            builder.facet(SearchFields.DIM_THEME, themes);
        }
        if (!actors.isEmpty()) {
            builder.facet(SearchFields.DIM_ORGANISATION, actors);
        }
        return builder.build();
    }

    private static void append(StringBuilder body, String text) {
        if (text != null && !text.isBlank()) {
            body.append(text.strip()).append('\n');
        }
    }
}
