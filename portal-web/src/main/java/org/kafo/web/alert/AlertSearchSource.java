package org.kafo.web.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.kafo.domain.alert.Alert;
import org.kafo.domain.alert.AlertContent;
import org.kafo.domain.alert.AlertService;
import org.kafo.domain.alert.Alerts;
import org.kafo.domain.alert.ArrivalPoints;
import org.kafo.domain.reference.Countries;
import org.kafo.domain.shared.DomainException;
import org.kafo.domain.tenant.TenantRegistry;
import org.kafo.search.schema.SearchDocument;
import org.kafo.search.schema.SearchFields;
import org.kafo.search.schema.Visibility;
import org.kafo.web.indexing.SearchDocumentSource;

/**
 * Published alerts as search documents: never drafts, never personal data, and never the free text that may describe
 * people (the description, the reports' notes and referrals, the cancel reason), which the index could not keep to
 * the owner and the accepted receivers; only the structured facts. The index applies the alert's owner, visibility and
 * partners as its filter.
 */
@ApplicationScoped
public class AlertSearchSource implements SearchDocumentSource {

    @Inject
    Alerts alerts;

    @Inject
    ArrivalPoints points;

    @Inject
    TenantRegistry tenants;

    @Override
    public String kind() {
        return AlertService.KIND;
    }

    @Override
    public Optional<SearchDocument> document(String entityId) {
        return SearchDocumentSource.uuid(entityId).flatMap(alerts::indexable).map(this::document);
    }

    private SearchDocument document(Alert a) {
        AlertContent c = a.content().withoutFreeText();
        String point = pointName(c.arrivalPoint());
        String owner = tenants.find(a.ownerTenant()).map(t -> t.shortName()).orElse(a.ownerTenant());
        Set<String> themes = new LinkedHashSet<>();
        themes.add("expulsion");
        themes.add(c.kind().label());
        c.needs().forEach(n -> themes.add(n.label()));
        return SearchDocument.builder(documentId(a.id().toString()), kind())
                .title(c.headline(point))
                .body(AlertTexts.description(c, point) + (c.source() == null ? "" : "\nSource : " + c.source())
                        + "\nÉtat : " + a.status().label())
                .owner(a.ownerTenant())
                .visibility(Visibility.valueOf(a.visibility().name()))
                .partners(a.partnerTenants())
                .date(c.expectedArrival().atOffset(ZoneOffset.UTC).toLocalDate())
                .link("/alertes/alerte.xhtml?id=" + a.id())
                .facet(SearchFields.DIM_ORGANISATION, Set.of(owner))
                .facet(SearchFields.DIM_THEME, themes)
                .facet("origine", Set.of(Countries.frenchName(c.originCountry())))
                .language("fr")
                .build();
    }

    private String pointName(String code) {
        try {
            return points.find(code).name();
        } catch (DomainException e) {
            return code;
        }
    }

    @Override
    public Stream<String> allIds() {
        return alerts.publishedIds().stream().map(UUID::toString);
    }
}
