package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The database failing a screen's own query, after the sign-in and the account gate have passed (issue 14, run by
 * {@code -Pfaults}, PostgreSQL only). Under the 200-user load the pool ran dry between the gate and the page's
 * query, and the failure escaped the Faces servlet as a 500 with a stack trace. Here the same phase fails
 * deterministically: the test locks case_file, so the case list's query is cancelled by the statement timeout
 * (SQLSTATE 57014, the database not answering in time). A page request is answered 503 with Retry-After and the
 * short "temporarily unavailable" page (with a way back to the page asked for); a Faces AJAX request (the list's
 * next page) 503 with the status alone, which the page's script turns into a message. One log line per refusal naming
 * its incident, no stack trace; the same screens work again once the lock is gone.
 */
class ScreenUnavailableFaultIT {

    private static final String DB = "screenfault";
    private static final int STATEMENT_TIMEOUT_S = 2;
    private static final Pattern INCIDENT = Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    @Test
    void aScreenWhoseQueryTheDatabaseDoesNotAnswerIs503WithItsPageNotA500() throws Exception {
        assumeTrue(TestDatabases.postgres(), "PostgreSQL: the screen's query waits on a lock the test holds");
        CaseBridgeServer server = CaseBridgeServer.launch(DB, CaseBridgeServer.freePort(), List.of(
                "-Dcasebridge.db.statement-timeout-seconds=" + STATEMENT_TIMEOUT_S));
        Connection locker = null;
        try {
            server.awaitReady();
            Api browser = Api.withCookies(server);
            Api.Reply login = Forms.login(browser, "cw1-jm", TestSettings.DEMO_PASSWORD);
            assertTrue(login.status() == 302 || login.status() == 303, login.toString());
            Api.Reply list = browser.get("/cases/list.xhtml");
            assertEquals(200, list.status(), list.toString());
            ServerLog log = ServerLog.from(server);

            locker = TestDatabases.connectAsOwner(DB);
            locker.setAutoCommit(false);
            try (Statement s = locker.createStatement()) {
                s.execute("lock table case_file in access exclusive mode");
            }
            List<String> incidents = new ArrayList<>();

            Api.Reply page = browser.get("/cases/list.xhtml?q=unavailable");
            assertEquals(503, page.status(), page.toString());
            assertNotNull(page.header("Retry-After"), page.toString());
            assertTrue(String.valueOf(page.header("Content-Type")).startsWith("text/html"), page.toString());
            assertTrue(page.body().contains("/cases/list.xhtml?q=unavailable"), "a way back to the page asked for: " + page.body());
            assertClean(page.body());
            incidents.add(incident(page.body()));

            Api.Reply next = browser.postForm("/cases/list.xhtml", nextPage(list.body()), "Faces-Request", "partial/ajax");
            assertEquals(503, next.status(), next.toString());
            assertNotNull(next.header("Retry-After"), next.toString());
            assertClean(next.body());
            incidents.add(incident(next.body()));

            locker.commit();
            assertEquals(200, browser.get("/cases/list.xhtml").status(), "the list again once the lock is gone");

            String text = log.settled().text();
            List<String> frames = Faults.stackFrames(log);
            assertTrue(frames.isEmpty(), "no stack trace in the log: " + frames);
            for (String incident : incidents) {
                assertEquals(1, text.lines().filter(l -> l.contains(incident)).count(), "one line names incident " + incident);
            }
            assertEquals(incidents.size(), text.lines().filter(l -> l.contains("unavailable, incident")).count(),
                    "one log line per refusal");
        } finally {
            if (locker != null) {
                locker.rollback();
                locker.close();
            }
            server.stop();
        }
    }

    /** The case list's "next page" as PrimeFaces posts it. */
    private static Map<String, String> nextPage(String html) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "cases:table");
        form.put("jakarta.faces.partial.execute", "cases:table");
        form.put("jakarta.faces.partial.render", "cases:table");
        form.put("jakarta.faces.behavior.event", "page");
        form.put("jakarta.faces.partial.event", "page");
        form.put("cases:table_pagination", "true");
        form.put("cases:table_first", "25");
        form.put("cases:table_rows", "25");
        form.put("cases:table_skipChildren", "true");
        form.put("cases:table_encodeFeature", "true");
        form.put("cases", "cases");
        form.put("jakarta.faces.ViewState", Forms.viewState(html));
        form.put("primefaces.nonce", Forms.nonce(html));
        return form;
    }

    private static void assertClean(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("exception") || lower.contains("select ") || lower.contains("case_file")
                || lower.contains("at org."), body);
    }

    private static String incident(String body) {
        Matcher m = INCIDENT.matcher(body);
        assertTrue(m.find(), "the answer names its incident: " + body);
        return m.group(1);
    }
}
