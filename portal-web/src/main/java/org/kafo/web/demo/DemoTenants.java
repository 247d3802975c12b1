package org.kafo.web.demo;

import static org.kafo.domain.shared.JsonApi.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import org.kafo.domain.tenant.Tenant;
import org.kafo.domain.tenant.TenantRegistry;

/** The demo partner associations; the same aliases are Organizations in the demo realm (a test checks it). */
@ApplicationScoped
public class DemoTenants implements DemoDataSet {

    static final String RESOURCE = "/demo/tenants.json";

    @Inject
    TenantRegistry tenants;

    @Override
    public int order() {
        return 0;
    }

    @Override
    public boolean present() {
        return !tenants.all().isEmpty();
    }

    @Override
    public void load() {
        try (InputStream in = DemoTenants.class.getResourceAsStream(RESOURCE); JsonReader reader = JSON.createReader(in)) {
            for (JsonObject t : reader.readArray().getValuesAs(JsonObject.class)) {
                tenants.add(new Tenant(t.getString("alias"), t.getString("name"), optional(t, "acronym"),
                        t.getString("country"), optional(t, "city")));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    private static String optional(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
