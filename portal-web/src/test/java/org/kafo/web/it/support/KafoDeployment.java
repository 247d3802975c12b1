package org.kafo.web.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the test run (arquillian-suite-extension deploys it once for every test
 * class): the WAR exactly as the build produced it, tested from the outside.
 */
public final class KafoDeployment {

    private KafoDeployment() {
    }

    @Deployment(testable = false)
    public static WebArchive kafo() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/kafo.war"));
    }
}
