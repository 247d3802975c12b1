package org.kafo.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kafo.domain.tenancy.Caller;

/**
 * Rights end when they end: no bean of the portal keeps a {@link Caller} beyond the request that read it. A view lives
 * as long as its page is open, a session bean as long as the session, an application bean for ever; a caller kept in
 * one of them would still act after the account was disabled, the role removed or the association suspended. Beans
 * inject {@link CurrentCaller} (request-scoped, so a proxy) and ask it at each use; nothing produces a {@code Caller}
 * to inject.
 */
class CallerIsReadPerRequestTest {

    /** What makes a class a bean the container keeps: scopes, names, resources, servlets, EJBs. */
    private static final Set<String> BEAN_ANNOTATIONS = Set.of(
            "jakarta.enterprise.context.ApplicationScoped", "jakarta.enterprise.context.SessionScoped",
            "jakarta.enterprise.context.ConversationScoped", "jakarta.enterprise.context.RequestScoped",
            "jakarta.enterprise.context.Dependent", "jakarta.faces.view.ViewScoped", "jakarta.faces.flow.FlowScoped",
            "jakarta.inject.Named", "jakarta.inject.Singleton", "jakarta.ws.rs.Path", "jakarta.ws.rs.ext.Provider",
            "jakarta.servlet.annotation.WebServlet", "jakarta.servlet.annotation.WebFilter",
            "jakarta.servlet.annotation.WebListener", "jakarta.ejb.Singleton", "jakarta.ejb.Stateless",
            "jakarta.websocket.server.ServerEndpoint");

    @Test
    void noBeanKeepsACallerInAField() throws Exception {
        // A request-scoped bean lives one request, as CurrentCaller itself: it may hold the caller it read.
        List<Class<?>> beans = webClasses().stream().filter(CallerIsReadPerRequestTest::isBean)
                .filter(type -> !type.isAnnotationPresent(RequestScoped.class)).toList();
        assertThat(beans).as("the portal's beans were found").hasSizeGreaterThan(50);
        List<String> keeping = new ArrayList<>();
        for (Class<?> bean : beans) {
            for (Field field : bean.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && field.getGenericType().getTypeName().contains(Caller.class.getName())) {
                    keeping.add(bean.getName() + "." + field.getName() + " : " + field.getGenericType().getTypeName());
                }
            }
        }
        assertThat(keeping).as("fields of beans that keep a Caller (inject CurrentCaller and call get() instead)").isEmpty();
    }

    @Test
    void nothingProducesACallerToInject() throws Exception {
        List<String> producers = new ArrayList<>();
        for (Class<?> type : webClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Produces.class) && method.getReturnType() == Caller.class) {
                    producers.add(type.getName() + "." + method.getName());
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Produces.class) && field.getType() == Caller.class) {
                    producers.add(type.getName() + "." + field.getName());
                }
            }
        }
        assertThat(producers).isEmpty();
    }

    private static boolean isBean(Class<?> type) {
        for (Annotation a : type.getAnnotations()) {
            if (BEAN_ANNOTATIONS.contains(a.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    /** Every class compiled from the portal's main sources. */
    private static List<Class<?>> webClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(CurrentCaller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/kafo/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, CallerIsReadPerRequestTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
