package org.kafo.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A portal outside the run command's embedded mode starts only with real secrets and its public address. */
class ProductionSettingsTest {

    private static Map<String, String> production() {
        Map<String, String> values = new HashMap<>();
        values.put("kafo.oidc.client-secret", "Zr4vW1uJ0pQe7yT2nB9cX5mK8sL3dF6g");
        values.put("kafo.admin.client-secret", "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6");
        values.put("kafo.db.password", "un mot de passe");
        values.put("kafo.portal.url", "https://kafo.reseau.example");
        return values;
    }

    @Test
    void realSecretsAndAnAddressStart() {
        assertThat(ProductionSettings.problems(production())).isEmpty();
    }

    @Test
    void aMissingSecretIsNamedByItsVariable() {
        Map<String, String> values = production();
        values.remove("kafo.admin.client-secret");
        values.put("kafo.db.password", " ");
        assertThat(ProductionSettings.problems(values)).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("KAFO_ADMIN_CLIENT_SECRET n'est pas défini"))
                .anySatisfy(p -> assertThat(p).startsWith("KAFO_DB_PASSWORD n'est pas défini"));
    }

    @Test
    void everyDemoValueIsRefused() {
        Map<String, String> values = production();
        values.put("kafo.oidc.client-secret", "kafo-portal-demo-secret");
        values.put("kafo.admin.client-secret", "kafo-admin-demo-secret");
        values.put("kafo.db.password", "kafo");
        assertThat(ProductionSettings.problems(values)).hasSize(3).allSatisfy(p -> assertThat(p).contains("valeur de démonstration"));
        values.put("kafo.oidc.client-secret", "kafo-demo-portal-secret");
        assertThat(ProductionSettings.problems(values)).anySatisfy(p -> assertThat(p).startsWith("KAFO_OIDC_CLIENT_SECRET n'est pas défini ou vaut"));
    }

    @Test
    void aTypedPasswordAsAClientSecretAndNoPublicAddressAreRefused() {
        Map<String, String> values = production();
        values.put("kafo.oidc.client-secret", "motdepasse");
        values.remove("kafo.portal.url");
        assertThat(ProductionSettings.problems(values)).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("KAFO_OIDC_CLIENT_SECRET est trop court"))
                .anySatisfy(p -> assertThat(p).startsWith("KAFO_PORTAL_URL n'est pas défini"));
    }
}
