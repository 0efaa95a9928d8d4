package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Logging in while the database is away: a 503 problem document with an incident id and
 * Retry-After, for the API and the login form alike, and one log line naming the incident without
 * SQL or a stack trace. The database is taken away from the running server by refusing every
 * connection to it (PostgreSQL: ALLOW_CONNECTIONS false and the open ones ended), and given back.
 */
class LoginUnavailableIT {

    @Test
    void loginWithTheDatabaseAwayAnswers503WithAnIncidentAndRetryAfter() throws Exception {
        assumeTrue(TestDatabases.postgres(), "the database can be taken away from a running server on PostgreSQL");
        CaseBridgeServer.get();
        Api browser = Api.withCookies();
        String loginPage = browser.get("/login.xhtml").body();
        ServerLog log = ServerLog.from();
        try (DatabaseAway away = new DatabaseAway(TestDatabases.databaseName(CaseBridgeServer.DB))) {
            Api.Reply api = Accounts.call(Api.rest(), "cw1-jm", TestSettings.DEMO_PASSWORD);
            assertUnavailable(api);
            java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:username", "cw1-jm");
            form.put("login:password", TestSettings.DEMO_PASSWORD);
            form.put("login:submit", "");
            form.put("jakarta.faces.ViewState", Forms.viewState(loginPage));
            form.put("primefaces.nonce", Forms.nonce(loginPage));
            assertUnavailable(browser.postForm("/login.xhtml", form));
        }
        String text = log.settled().text();
        assertEquals(2, text.split("Login unavailable, incident ", -1).length - 1, "one line per refused login: " + text);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String sql : List.of("select ", "insert into", "update ", " from user_account", "audit_entry")) {
            assertFalse(lower.contains(sql), "no SQL in the log: " + sql);
        }
        // Payara's transaction manager still prints the trace of rolling back on a connection the database
        // closed (not CaseBridge's logging); no CaseBridge frame may be the one reporting.
        assertFalse(log.troubleLines().stream().anyMatch(l -> l.contains("CaseBridgeAuthentication.unavailable")),
                "CaseBridge logs no stack trace of its own");
        int status = 0;
        for (int i = 0; i < 20 && status != 200; i++) {
            status = Accounts.call(Api.rest(), "cw1-jm", TestSettings.DEMO_PASSWORD).status();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertEquals(200, status, "logging in works again once the database is back");
    }

    /**
     * A signed-in user whose database goes away: a page answers 503 with Retry-After and a page of its own
     * (no stack trace, no SQL), an AJAX request 503 that the page turns into a message, one log line each;
     * the session survives, and the same page works again once the database is back.
     */
    @Test
    void aSignedInUsersScreensWithTheDatabaseAwayAnswer503AndTheSessionSurvives() throws Exception {
        assumeTrue(TestDatabases.postgres(), "the database can be taken away from a running server on PostgreSQL");
        CaseBridgeServer.get();
        Api browser = Api.withCookies();
        Forms.login(browser, "cw1-jm", TestSettings.DEMO_PASSWORD);
        assertEquals(200, browser.get("/cases/list.xhtml").status());
        ServerLog log = ServerLog.from();
        try (DatabaseAway away = new DatabaseAway(TestDatabases.databaseName(CaseBridgeServer.DB))) {
            Api.Reply page = browser.get("/cases/list.xhtml?status=ACTIVE");
            assertEquals(503, page.status(), page.toString());
            assertNotNull(page.header("Retry-After"), page.toString());
            assertTrue(page.body().contains("temporarily unavailable") && page.body().contains("/cases/list.xhtml?status=ACTIVE"),
                    page.body());
            assertFalse(page.body().contains("Exception") || page.body().toLowerCase(java.util.Locale.ROOT).contains("select "),
                    page.body());
            Api.Reply ajax = browser.send(java.net.http.HttpRequest.newBuilder(CaseBridgeServer.get().uri("/cases/list.xhtml"))
                    .header("Faces-Request", "partial/ajax").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true")));
            assertEquals(503, ajax.status(), ajax.toString());
            assertNotNull(ajax.header("Retry-After"), ajax.toString());
        }
        ServerLog settled = log.settled();
        assertEquals(2, settled.text().split("Screen unavailable, incident ", -1).length - 1, settled.text());
        // Payara's connector prints the trace of closing a connection the database had closed (once per pooled
        // connection, not per request); no CaseBridge frame may be the one reporting.
        assertFalse(settled.troubleLines().stream().anyMatch(l -> l.contains("CaseBridgeAuthentication.screenUnavailable")
                || l.contains("ExceptionMappers")), "CaseBridge logs no stack trace of its own");
        int status = 0;
        for (int i = 0; i < 20 && status != 200; i++) {
            status = browser.get("/cases/list.xhtml").status();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertEquals(200, status, "the same session works again once the database is back");
    }

    private static void assertUnavailable(Api.Reply reply) {
        assertEquals(503, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.toString());
        assertNotNull(reply.header("Retry-After"), reply.toString());
        JsonObject problem = reply.json();
        assertEquals(503, problem.getInt("status"));
        String incident = problem.getString("incident");
        assertTrue(problem.getString("detail").contains(incident), problem.toString());
        assertFalse(reply.body().contains("Exception") || reply.body().toLowerCase(java.util.Locale.ROOT).contains("select "),
                reply.body());
    }

    /** Refuses every connection to one database until closed. */
    private static final class DatabaseAway implements AutoCloseable {
        private final String database;

        DatabaseAway(String database) throws SQLException {
            this.database = database;
            try (Connection c = TestDatabases.admin(); Statement s = c.createStatement()) {
                s.execute("alter database " + database + " allow_connections false");
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
            }
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = TestDatabases.admin(); Statement s = c.createStatement()) {
                s.execute("alter database " + database + " allow_connections true");
            }
        }
    }
}
