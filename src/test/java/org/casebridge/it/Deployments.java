package org.casebridge.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment builder for Arquillian tests: the packaged CaseBridge WAR as it ships, plus
 * the test's own classes. Each deployment starts a Payara Micro (~20 s), so keep them few.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive casebridge(Class<?>... testClasses) {
        File war = TestSettings.war().toFile();
        if (!war.isFile()) {
            throw new IllegalStateException("Package the WAR first (./mvnw verify runs package before the tests): " + war);
        }
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        return archive.setWebXML(new StringAsset(withPublicTestRunner(archive)))
                .addClasses(testClasses)
                .addClasses(TestSettings.class, TestDatabases.class);
    }

    /** The shipped web.xml with Arquillian's test runner servlet left outside the login requirement. */
    private static String withPublicTestRunner(WebArchive archive) {
        try (InputStream in = archive.get("/WEB-INF/web.xml").getAsset().openStream()) {
            String webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String marker = "<url-pattern>/login.xhtml</url-pattern>";
            if (!webXml.contains(marker)) {
                throw new IllegalStateException("web.xml no longer has a public login page constraint");
            }
            return webXml.replace(marker, marker + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
                    + "<url-pattern>/ArquillianServletRunner</url-pattern>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
