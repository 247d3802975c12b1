package org.kafo.web.it.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kafo.web.it.support.Api;
import org.kafo.web.it.support.KafoIT;

/**
 * Tenant isolation, the invariant that must never break: for every feature's registered cases, real
 * users of different associations and roles (real Keycloak tokens, real sessions) try to list, read,
 * change and find each other's records, through the API, the pages and search.
 */
@KafoIT
class IsolationMatrixIT {

    @TestFactory
    Stream<DynamicNode> everyFeatureKeepsEachAssociationsDataToItself() {
        List<IsolationCases> features = ServiceLoader.load(IsolationCases.class).stream().map(ServiceLoader.Provider::get).toList();
        assertThat(features).as("registered isolation cases").isNotEmpty();
        return features.stream()
                .map(feature -> DynamicContainer.dynamicContainer(feature.feature(),
                        feature.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                            Api.Response response = c.call().get();
                            assertThat(c.check().test(response)).as("%s\ngot: %s", c.name(), response).isTrue();
                        }))));
    }
}
