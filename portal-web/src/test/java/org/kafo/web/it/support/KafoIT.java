package org.kafo.web.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the whole stack: PostgreSQL and Keycloak started by {@link KafoStack},
 * then Payara Micro started by Arquillian with the real WAR ({@link KafoDeployment}). Each server
 * starts once per test run, whatever the number of test classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({KafoStack.class, ArquillianExtension.class})
public @interface KafoIT {
}
