package org.casebridge.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (src/test/resources/axe, MPL-2.0) run in the page the browser shows: the violations of
 * impact "serious" or "critical", each as one line naming the rule, the impact and the elements.
 */
final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    /** The serious and critical violations of the current page, including open dialogs; empty when there are none. */
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(SOURCE);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                + "      nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(' | ')"
                + "        + ' first: ' + (v.nodes.length ? v.nodes[0].html.substring(0, 240) : '')}; }));"
                + "}).catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: ''}]); });");
        List<String> lines = new ArrayList<>();
        if (result instanceof List<?> list) {
            for (Object o : list) {
                Map<?, ?> v = (Map<?, ?>) o;
                lines.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"));
            }
        }
        return lines;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
