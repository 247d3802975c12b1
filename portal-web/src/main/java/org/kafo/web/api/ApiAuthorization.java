package org.kafo.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import org.kafo.web.faces.Language;
import org.kafo.web.problem.ProblemMappers;

/**
 * Enforces {@code @RolesAllowed} / {@code @PermitAll} / {@code @DenyAll} on resources: no token gives 401,
 * a token without the role gives 403, both as problem+json. A resource method without any of them is
 * refused to everyone, so forgetting to annotate cannot open a door.
 */
@Provider
public class ApiAuthorization implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !method.isAnnotationPresent(DenyAll.class)) {
            if (type.isAnnotationPresent(PermitAll.class)) {
                return;
            }
            roles = type.getAnnotation(RolesAllowed.class);
        }
        context.register(new Check(roles == null ? new String[0] : roles.value()));
    }

    @Priority(Priorities.AUTHORIZATION - 100)
    static final class Check implements ContainerRequestFilter {

        private final String[] roles;

        Check(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            String instance = "/" + request.getUriInfo().getPath();
            Locale language = Language.ofClient(request.getAcceptableLanguages());
            if (security.getUserPrincipal() == null) {
                request.abortWith(jakarta.ws.rs.core.Response
                        .fromResponse(ProblemMappers.http(401, language).toResponse(instance))
                        .header("WWW-Authenticate", "Bearer realm=\"kafo\"").build());
            } else if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                request.abortWith(ProblemMappers.http(403, language).toResponse(instance));
            }
        }
    }
}
