package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro instances in one cluster behind HAProxy, round-robin without stickiness (issue 14, run by
 * {@code -Pfaults}): a caseworker signs in through the balancer, opens the case list and a case, opens the
 * "add note" dialog; the instance that created the session and served that dialog is killed (SIGKILL). The
 * dialog's save, the next request, goes to the survivor and adds the note with the same session: no login
 * page, no expired view. A personal API token works through the balancer on both instances, and after the
 * kill on the survivor. The members join by TCP/IP on 127.0.0.1 only (no multicast).
 */
class SessionFailoverFaultIT {

    private static final String DB = "failover";
    private static final String USER = "cw1-jm";
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"case\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CLUSTER_OF_TWO = Pattern.compile("DG Size: 2");

    @Test
    void aSignedInUserKeepsWorkingOnTheSurvivorWhenTheirInstanceIsKilled() throws Exception {
        assumeTrue(TestDatabases.postgres(), "a cluster's instances share a PostgreSQL database; H2 serves one instance");
        assumeTrue(LoadBalancer.available(), "HAProxy is not installed (/usr/sbin/haproxy; .ci/run installs it)");
        long started = System.nanoTime();
        int hzAlpha = CaseBridgeServer.freePort();
        int hzBeta = CaseBridgeServer.freePort();
        int httpAlpha = CaseBridgeServer.freePort();
        int httpBeta = CaseBridgeServer.freePort();
        String cluster = "cbfailover" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String members = "tcpip:127.0.0.1:" + hzAlpha + ",127.0.0.1:" + hzBeta;
        Map<String, CaseBridgeServer> servers = new LinkedHashMap<>();
        LoadBalancer balancer = null;
        try {
            servers.put("alpha", member("alpha", httpAlpha, hzAlpha, cluster, members));
            servers.get("alpha").awaitReady(Duration.ofSeconds(120));
            servers.put("beta", member("beta", httpBeta, hzBeta, cluster, members));
            servers.get("beta").awaitReady(Duration.ofSeconds(90));
            for (CaseBridgeServer s : servers.values()) {
                awaitLog(s, CLUSTER_OF_TWO, Duration.ofSeconds(30));
            }
            balancer = LoadBalancer.start(DB, Map.of("alpha", httpAlpha, "beta", httpBeta), Duration.ofSeconds(10));
            Api rest = Api.rest(balancer.base());
            awaitBothServe(rest, Duration.ofSeconds(15));

            // a case to work on and a personal API token, through the balancer
            long caseId = Cases.open(rest, USER, "Failover Town").getJsonNumber("id").longValue();
            Api.Reply created = rest.post("/api/me/tokens", USER, "{\"name\":\"Fail-over check\",\"days\":1}");
            assertEquals(201, created.status(), created.toString());
            String token = created.json().getString("secret");
            Set<String> tokenServers = new HashSet<>();
            for (int i = 0; i < 4; i++) {
                Api.Reply me = bearer(rest, "/api/me", token);
                assertEquals(200, me.status(), me.toString());
                assertEquals(USER, me.json().getString("username"));
                tokenServers.add(servedBy(me));
            }
            assertEquals(Set.of("alpha", "beta"), tokenServers, "a bearer token works on both instances");

            // sign in through the balancer and work: the session is used by both instances (no stickiness)
            Api browser = Api.withCookies(balancer.base());
            Api.Reply login = Forms.login(browser, USER, TestSettings.DEMO_PASSWORD);
            assertEquals(302, login.status(), login.toString());
            String home = servedBy(login);
            String session = sessionId(browser);
            Set<String> sessionServers = new HashSet<>(Set.of(home));
            Api.Reply list = browser.get("/cases/list.xhtml");
            assertSignedIn(list);
            sessionServers.add(servedBy(list));
            Api.Reply details = browser.get("/cases/details.xhtml?id=" + caseId);
            assertSignedIn(details);
            assertTrue(details.body().contains("id=\"case:tabs:addNote\""), "the case offers Add note");
            sessionServers.add(servedBy(details));
            assertEquals(Set.of("alpha", "beta"), sessionServers, "round-robin: both instances served the session");

            // open the note dialog (AJAX, server-side view state) on the instance that created the session
            Api.Reply opened = null;
            for (int i = 0; i < 4 && (opened == null || !servedBy(opened).equals(home)); i++) {
                opened = openNoteDialog(browser, details.body());
                assertEquals(200, opened.status(), opened.toString());
                assertTrue(opened.body().contains("PF('noteDialog').show()"), "the dialog opens: " + opened.body());
            }
            assertEquals(home, servedBy(opened), "the dialog was opened on the instance that created the session");

            servers.get(home).kill();
            String survivor = home.equals("alpha") ? "beta" : "alpha";
            long killed = System.nanoTime();

            // the dialog's next submit: through the balancer to the survivor, same session, the note saved
            String text = "Note after failover " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
            Api.Reply saved = saveNote(browser, details.body(), text);
            assertEquals(200, saved.status(), saved.toString());
            assertEquals(survivor, servedBy(saved));
            assertFalse(saved.body().contains("<redirect"), "sent to the login page: " + saved.body());
            assertTrue(saved.body().contains("PF('noteDialog').hide()"), "the dialog closes after saving: " + saved.body());
            assertEquals(1, notes(caseId, text), "the note is in the database once");
            for (String page : List.of("/cases/details.xhtml?id=" + caseId, "/cases/list.xhtml", "/index.xhtml")) {
                Api.Reply after = browser.get(page);
                assertSignedIn(after);
                assertEquals(survivor, servedBy(after), page);
                if (page.startsWith("/cases/details")) {
                    assertTrue(after.body().contains(text), "the case shows the new note");
                }
            }
            assertEquals(session, sessionId(browser), "the same session, not a new one");

            Api.Reply byToken = bearer(rest, "/api/cases/" + caseId, token);
            assertEquals(200, byToken.status(), byToken.toString());
            assertEquals(survivor, servedBy(byToken));
            assertTrue(System.nanoTime() - killed < Duration.ofSeconds(20).toNanos(), "fail-over took too long");
            System.out.printf("Session fail-over: killed %s, survivor %s; whole test %d s%n", home, survivor,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        } finally {
            if (balancer != null) {
                balancer.close();
            }
            for (CaseBridgeServer s : servers.values()) {
                s.kill();
            }
        }
    }

    private static CaseBridgeServer member(String name, int http, int hz, String cluster, String members) {
        return CaseBridgeServer.launchMember(DB, name, http, List.of("-Dcasebridge.node-name=" + name),
                List.of("--name", name, "--clustername", cluster, "--interfaces", "127.0.0.1",
                        "--clustermode", members, "--startport", Integer.toString(hz),
                        // both members are on one address: without this Hazelcast keeps no backup of a session
                        "--nohostaware"));
    }

    /** Waits until the member's log shows a cluster of two. */
    private static void awaitLog(CaseBridgeServer server, Pattern pattern, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (pattern.matcher(Files.readString(server.log())).find()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no cluster of two in " + limit.toSeconds() + " s; see " + server.log());
    }

    /** Waits until HAProxy's health checks have both members up: both answer through it. */
    private static void awaitBothServe(Api rest, Duration limit) throws InterruptedException {
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + limit.toNanos();
        while (seen.size() < 2 && System.nanoTime() < deadline) {
            try {
                Api.Reply r = rest.get("/health/ready");
                if (r.status() == 200 && r.header(LoadBalancer.BACKEND_HEADER) != null) {
                    seen.add(r.header(LoadBalancer.BACKEND_HEADER));
                }
            } catch (IllegalStateException notYet) {
                // the balancer has no member up yet
            }
            Thread.sleep(100);
        }
        assertEquals(Set.of("alpha", "beta"), seen, "both members up behind the balancer");
    }

    private static String servedBy(Api.Reply r) {
        String server = r.header(LoadBalancer.BACKEND_HEADER);
        assertNotNull(server, "no " + LoadBalancer.BACKEND_HEADER + " header: " + r);
        return server;
    }

    private static void assertSignedIn(Api.Reply page) {
        assertEquals(200, page.status(), "sent elsewhere (the login page?): " + page.status() + " " + page.header("Location"));
        assertFalse(page.body().contains("id=\"login\""), "the login page");
        assertTrue(page.body().contains("Caseworker one (JM)"), "the signed-in user's name");
    }

    private static Api.Reply bearer(Api rest, String path, String token) {
        return rest.send(HttpRequest.newBuilder(rest.uri(path)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token).GET());
    }

    private static String sessionId(Api browser) {
        var cookies = browser.cookies();
        return cookies.stream().filter(c -> c.getName().equals("JSESSIONID")).map(java.net.HttpCookie::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + cookies));
    }

    private static Api.Reply openNoteDialog(Api browser, String page) {
        Map<String, String> form = ajax(page, "case:tabs:addNote", "case:tabs:addNote", "note");
        form.put("case", "case");
        form.put("case:tabs:addNote", "case:tabs:addNote");
        form.put("primefaces.resetvalues", "true");
        return post(browser, page, form);
    }

    private static Api.Reply saveNote(Api browser, String page, String text) {
        Map<String, String> form = ajax(page, "note:save", "note", "note");
        form.put("note", "note");
        form.put("note:text", text);
        form.put("note:save", "note:save");
        return post(browser, page, form);
    }

    /** The fields PrimeFaces sends with an AJAX post of a command button. */
    private static Map<String, String> ajax(String page, String source, String execute, String render) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", render);
        form.put("jakarta.faces.ViewState", Forms.viewState(page));
        form.put("primefaces.nonce", Forms.nonce(page));
        return form;
    }

    private static Api.Reply post(Api browser, String page, Map<String, String> fields) {
        Matcher action = FORM_ACTION.matcher(page);
        assertTrue(action.find(), "no case form");
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return browser.send(HttpRequest.newBuilder(browser.uri(action.group(1).replace("&amp;", "&")))
                .timeout(Duration.ofSeconds(20)).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long notes(long caseId, String text) throws Exception {
        try (Connection c = TestDatabases.connect(DB);
                PreparedStatement s = c.prepareStatement("select count(*) from case_note where case_id = ? and text = ?")) {
            s.setLong(1, caseId);
            s.setString(2, text);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
