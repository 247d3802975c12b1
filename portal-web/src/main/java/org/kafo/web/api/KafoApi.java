package org.kafo.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API. Documented at {@code /openapi}; errors are problem+json. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Kafo API", version = "1",
                description = "Alertes, annuaire des acteurs, rencontres et base documentaire du réseau d'accueil "
                        + "des migrants de retour au Mali. Erreurs au format RFC 9457 (application/problem+json)."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", in = SecuritySchemeIn.HEADER,
        description = "Jeton d'accès Keycloak (realm kafo, client kafo-portal).")
public class KafoApi extends Application {
}
