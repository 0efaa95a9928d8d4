package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.HttpCookie;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Login, lockout, sessions, headers and error answers, against the running server. */
class SecurityIT {

    private final Api api = Api.rest();

    @Test
    void meShowsTheCallersRolesAgencyAndCountry() {
        JsonObject me = api.get("/api/me", "fp-jm").json();
        assertEquals("fp-jm", me.getString("username"));
        assertEquals(List.of("caseworker", "focal-point"),
                me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).sorted().toList());
        assertEquals("JM", me.getString("countryCode"));
        JsonObject admin = api.get("/api/me", "admin").json();
        assertEquals("[\"admin\"]", admin.getJsonArray("roles").toString());
        assertFalse(admin.containsKey("countryCode"), "the operations agency is regional");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cw1-jm", "cw2-jm", "fp-jm", "sup-jm", "partner1-jm", "partner2-jm", "cw1-bs", "cw2-bs",
        "fp-bs", "sup-bs", "partner1-bs", "partner2-bs", "cw1-tt", "cw2-tt", "fp-tt", "sup-tt", "partner1-tt",
        "partner2-tt", "analyst", "admin"})
    void everyDemoAccountCanLogInWithTheDemoPassword(String user) {
        Api.Reply r = api.get("/api/me", user);
        assertEquals(200, r.status(), r.toString());
        assertEquals(user, r.json().getString("username"));
    }

    @Test
    void apiWithoutCredentialsGets401ProblemJsonNotARedirect() {
        Api.Reply r = api.get("/api/me");
        assertEquals(401, r.status());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.header("Content-Type"));
        assertEquals(401, r.json().getInt("status"));
        assertNull(r.header("Location"));
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        Api.Reply unknown = api.send(java.net.http.HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/me"))
                .header("Authorization", Api.basic("nobody-" + UUID.randomUUID(), "Whatever-Password-1")));
        Api.Reply wrong = api.send(java.net.http.HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/me"))
                .header("Authorization", Api.basic("partner2-tt", "Wrong-Password-123")));
        assertEquals(401, unknown.status());
        assertEquals(unknown.status(), wrong.status());
        assertEquals(unknown.body(), wrong.body());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightPassword() {
        String user = Accounts.create(api, "caseworker", "JM-JCF-TIP");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Accounts.call(api, user, "Wrong-Password-" + i).status());
        }
        Api.Reply locked = Accounts.call(api, user, Accounts.PASSWORD);
        assertEquals(401, locked.status(), "the right password is refused while locked");
        JsonObject shown = Accounts.find(api, user);
        assertTrue(shown.getBoolean("locked"), shown.toString());
        // an administrator unlocks by enabling the account again
        api.post("/api/users/" + shown.getInt("id") + "/enable", "admin", "");
        assertEquals(200, Accounts.call(api, user, Accounts.PASSWORD).status());
    }

    @Test
    void adminOnlyEndpointsRefuseEveryOtherRoleWith403() {
        for (String user : List.of("cw1-jm", "fp-jm", "sup-jm", "partner1-jm", "analyst")) {
            assertEquals(403, api.post("/api/users", user, "{\"username\":\"x-" + user + "\"}").status(), user);
            assertEquals(403, api.post("/api/agencies", user, "{\"code\":\"X-" + user.toUpperCase(Locale.ROOT) + "\"}").status(), user);
            assertEquals(403, api.post("/api/countries", user, "{\"code\":\"XX\",\"name\":\"X\"}").status(), user);
            assertEquals(403, api.put("/api/countries/11", user, "{\"name\":\"Jamaica\"}", "\"1\"").status(), user);
            assertEquals(403, api.post("/api/users/1/disable", user, "").status(), user);
            assertEquals(403, api.post("/api/users/1/password", user, "{\"password\":\"Another-Long-Pass-1\"}").status(), user);
        }
        for (String user : List.of("cw1-jm", "fp-jm", "partner1-jm", "analyst")) {
            Api.Reply r = api.get("/api/users", user);
            assertEquals(403, r.status(), user);
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
        }
    }

    @Test
    void anAdministratorCannotGiveTheirOwnAccountACaseRole() {
        JsonObject admin = Accounts.find(api, "admin");
        String path = "/api/users/" + admin.getInt("id");
        String etag = api.get(path, "admin").header("ETag");
        Api.Reply r = api.put(path, "admin", "{\"displayName\":\"System administrator\",\"agencyId\":"
                + admin.getInt("agencyId") + ",\"roles\":[\"admin\",\"supervisor\"]}", etag);
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.json().getJsonObject("errors").containsKey("roles"));
        assertEquals("[\"admin\"]", api.get("/api/me", "admin").json().getJsonArray("roles").toString());
    }

    @Test
    void crossSiteFormPostsCannotDriveTheApi() {
        int id = Accounts.find(api, "partner2-bs").getInt("id");
        Api.Reply form = api.send(java.net.http.HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/users/" + id + "/disable"))
                .header("Authorization", Api.basic("admin", TestSettings.DEMO_PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("a=b")));
        assertEquals(415, form.status(), "a browser form cannot post to the API");
        assertTrue(Accounts.find(api, "partner2-bs").getBoolean("enabled"));
    }

    @Test
    void supervisorReadsOnlyTheUsersOfTheirOwnCountry() {
        JsonObject page = api.get("/api/users?size=200", "sup-jm").json();
        assertTrue(page.getInt("total") >= 6);
        page.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(u -> assertEquals("JM", u.getString("countryCode"), u.toString()));
        int ttUser = Accounts.find(api, "cw1-tt").getInt("id");
        Api.Reply other = api.get("/api/users/" + ttUser, "sup-jm");
        assertEquals(404, other.status(), "another country's user answers as if it did not exist");
        Api.Reply missing = api.get("/api/users/99999999", "sup-jm");
        assertEquals(404, missing.status());
        assertEquals(missing.json().getString("detail"), other.json().getString("detail"));
    }

    @Test
    void weakPasswordIsRefusedWithAFieldMessageAndNothingIsSaved() {
        String name = "weak-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply r = api.post("/api/users", "admin", Accounts.json(name, "caseworker", agencyId("JM-JCF-TIP"), "password1234"));
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.json().getJsonObject("errors").containsKey("password"), r.toString());
        Api.Reply shortOne = api.post("/api/users", "admin", Accounts.json(name, "caseworker", agencyId("JM-JCF-TIP"), "short"));
        assertEquals(400, shortOne.status());
        assertEquals(0, api.get("/api/users?filter=" + name, "admin").json().getInt("total"));
        String sixtyFour = "correct horse battery staple ".repeat(3).substring(0, 64);
        assertEquals(201, api.post("/api/users", "admin", Accounts.json(name, "caseworker", agencyId("JM-JCF-TIP"), sixtyFour)).status());
    }

    @Test
    void invalidInputGetsA400ProblemWithFieldErrorsNeverAStackTrace() {
        Api.Reply malformed = api.post("/api/agencies", "admin", "{not json");
        assertEquals(400, malformed.status());
        assertNoInternals(malformed.body());
        Api.Reply unknownField = api.post("/api/agencies", "admin",
                "{\"code\":\"JM-X1\",\"name\":\"X\",\"type\":\"NGO\",\"owner\":\"me\"}");
        assertEquals(400, unknownField.status(), "a field the client may not set is refused, not ignored");
        Api.Reply badPhone = api.post("/api/agencies", "admin",
                "{\"code\":\"JM-BADPHONE\",\"name\":\"X\",\"type\":\"NGO\",\"countryCode\":\"JM\",\"contactPhone\":\"call me\"}");
        assertEquals(400, badPhone.status());
        assertTrue(badPhone.json().getJsonObject("errors").containsKey("contactPhone"));
        assertTrue(api.get("/api/agencies", "admin").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(a -> a.getString("code").equals("JM-BADPHONE")), "nothing half-saved");
        Api.Reply notFound = api.get("/api/no-such-thing", "admin");
        assertEquals(404, notFound.status());
        assertTrue(notFound.header("Content-Type").startsWith("application/problem+json"));
        Api.Reply badId = api.get("/api/users/not-a-number", "admin");
        assertEquals(404, badId.status());
        assertNoInternals(badId.body());
    }

    @Test
    void changesNeedTheCurrentVersionInIfMatch() {
        Api.Reply jm = api.get("/api/agencies", "admin");
        JsonObject agency = jm.array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals("JM-LEGALAID")).findFirst().orElseThrow();
        String body = "{\"name\":\"" + agency.getString("name") + "\",\"type\":\"LEGAL_SERVICE\",\"countryCode\":\"JM\","
                + "\"services\":[\"LEGAL\",\"INTERPRETATION\"],\"contactAddress\":\"" + UUID.randomUUID() + "\"}";
        String otherBody = body.replaceFirst("contactAddress\":\"[^\"]+", "contactAddress\":\"" + UUID.randomUUID());
        String path = "/api/agencies/" + agency.getInt("id");
        assertEquals(428, api.put(path, "admin", body, null).status());
        String etag = api.get(path, "admin").header("ETag");
        assertNotNull(etag);
        Api.Reply first = api.put(path, "admin", body, etag);
        assertEquals(200, first.status(), first.toString());
        Api.Reply stale = api.put(path, "admin", otherBody, etag);
        assertEquals(412, stale.status(), "a second change with the old version must not overwrite the first");
    }

    @Test
    void securityHeadersAreOnPagesResourcesApiAndErrors() {
        for (Api.Reply r : List.of(api.get("/login.xhtml"), api.get("/api/me", "admin"), api.get("/api/me"),
                api.get("/api/no-such", "admin"), api.get("/jakarta.faces.resource/css/casebridge.css.xhtml"))) {
            assertEquals("nosniff", r.header("X-Content-Type-Options"), r.toString());
            assertEquals("no-referrer", r.header("Referrer-Policy"));
            assertTrue(r.response().headers().allValues("Content-Security-Policy").stream()
                    .anyMatch(v -> v.contains("frame-ancestors 'none'")), r.toString());
            assertNull(r.header("X-Powered-By"));
            assertNull(r.header("Server"));
        }
        Api.Reply login = api.get("/login.xhtml");
        assertTrue(login.response().headers().allValues("Content-Security-Policy").stream()
                .anyMatch(v -> v.contains("script-src") && v.contains("nonce-")), "PrimeFaces CSP with a nonce");
        assertEquals("no-store", login.header("Cache-Control"));
        assertEquals("no-store", api.get("/api/me", "admin").header("Cache-Control"));
        assertEquals(405, api.method("TRACE", "/login.xhtml", null).status());
    }

    @Test
    void formLoginRotatesTheSessionIdAndLogoutEndsTheSession() {
        Api browser = Api.withCookies();
        Api.Reply page = browser.get("/login.xhtml");
        String before = sessionCookie(page);
        assertNotNull(before, "the login page starts a session");
        assertFalse(page.body().contains(";jsessionid="), "no session id in URLs");
        HttpCookie cookie = HttpCookie.parse(page.header("Set-Cookie")).get(0);
        assertTrue(cookie.isHttpOnly());
        assertTrue(page.header("Set-Cookie").contains("SameSite=Strict"), page.header("Set-Cookie"));

        Api.Reply login = Forms.login(browser, "cw1-jm", TestSettings.DEMO_PASSWORD);
        assertTrue(login.status() == 302 || login.status() == 303, login.toString());
        assertTrue(login.header("Location").endsWith("/index.xhtml"), login.header("Location"));
        String after = sessionCookie(login);
        assertNotNull(after, "login issues a new session id");
        assertNotEquals(before, after);

        Api.Reply home = browser.get("/index.xhtml");
        assertEquals(200, home.status());
        assertTrue(home.body().contains("Caseworker one (JM)"));

        Api old = Api.withCookies();
        Api.Reply withOldId = old.send(java.net.http.HttpRequest.newBuilder(CaseBridgeServer.get().uri("/index.xhtml"))
                .header("Cookie", "JSESSIONID=" + before));
        assertEquals(302, withOldId.status(), "the pre-login session id is worthless");

        Map<String, String> logout = Map.of("userForm", "userForm", "userForm:logout", "",
                "jakarta.faces.ViewState", Forms.viewState(home.body()), "primefaces.nonce", Forms.nonce(home.body()));
        Api.Reply out = browser.postForm("/index.xhtml", logout);
        assertTrue(out.status() == 302 || out.status() == 303, out.toString());
        assertEquals(302, browser.get("/index.xhtml").status(), "after logout the session is gone");
    }

    /**
     * A form posted with another page's CSP nonce, a nonce that is not one, or none (a forged or replayed post, a
     * tampering client): 400 with a short page (an AJAX post: the status and a sentence), one log line, no stack
     * trace; before, PrimeFaces' CspException escaped the Faces servlet as a 500 and the error page failed again on it.
     */
    @Test
    void aFormPostedWithAWrongCspNonceIs400WithoutAStackTrace() {
        Api browser = Api.withCookies();
        Forms.login(browser, "cw1-jm", TestSettings.DEMO_PASSWORD);
        String page = browser.get("/cases/list.xhtml").body();
        String other = browser.get("/index.xhtml").body();
        ServerLog log = ServerLog.from();
        List<String> wrong = List.of(Forms.nonce(other), "bm90LWEtdXVpZA==", "");
        for (String nonce : wrong) {
            for (boolean ajax : List.of(false, true)) {
                Map<String, String> form = new java.util.LinkedHashMap<>();
                form.put("cases", "cases");
                form.put("cases:apply", "");
                form.put("jakarta.faces.ViewState", Forms.viewState(page));
                form.put("primefaces.nonce", nonce);
                if (ajax) {
                    form.put("jakarta.faces.partial.ajax", "true");
                    form.put("jakarta.faces.source", "cases:apply");
                    form.put("jakarta.faces.partial.execute", "cases");
                    form.put("jakarta.faces.partial.render", "cases");
                }
                Api.Reply reply = ajax ? browser.postForm("/cases/list.xhtml", form, "Faces-Request", "partial/ajax")
                        : browser.postForm("/cases/list.xhtml", form);
                assertEquals(400, reply.status(), "nonce '" + nonce + "', ajax " + ajax + ": " + reply);
                assertNoStackTrace(reply.body());
                assertFalse(reply.body().contains("CspException") || reply.body().contains("nonce"), reply.body());
            }
        }
        String text = log.settled().text();
        assertTrue(log.troubleLines().isEmpty(), "no stack trace in the log: " + log.troubleLines());
        assertEquals(2 * wrong.size(), text.lines().filter(l -> l.contains("Form refused")).count(), text);
        assertEquals(200, browser.get("/cases/list.xhtml").status(), "the session goes on");
    }

    @Test
    void disablingAUserEndsTheirSessionAtOnce() {
        String user = Accounts.create(api, "caseworker", "BS-DOI");
        Api browser = Api.withCookies();
        Forms.login(browser, user, Accounts.PASSWORD);
        assertEquals(200, browser.get("/index.xhtml").status());
        int id = Accounts.find(api, user).getInt("id");
        assertEquals(200, api.post("/api/users/" + id + "/disable", "admin", "").status());
        assertEquals(302, browser.get("/index.xhtml").status(), "the open session ends");
        assertEquals(401, Accounts.call(api, user, Accounts.PASSWORD).status());
    }

    @Test
    void wrongPasswordOnTheLoginPageShowsOneMessageAndNoDetail() {
        Api browser = Api.withCookies();
        Api.Reply r = Forms.login(browser, "cw1-jm", "Not-The-Password-1");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("The username or password is not correct"), r.body());
        assertNoStackTrace(r.body());
    }

    @Test
    void healthReportsTheDatabaseAndOpenApiDescribesTheApi() {
        Api.Reply health = api.get("/health/ready");
        assertEquals(200, health.status());
        assertTrue(health.body().contains("\"database\""), health.body());
        Api.Reply openapi = api.get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/users"));
    }

    static void assertNoInternals(String body) {
        for (String leak : List.of("Exception", "at org.", "at java.", "SQL", "eclipse", "jakarta.", "org.casebridge")) {
            assertFalse(body.contains(leak), "response shows '" + leak + "': " + body);
        }
    }

    /** Pages carry PrimeFaces settings naming exception types; what must never show is a trace or SQL. */
    static void assertNoStackTrace(String html) {
        for (String leak : List.of("Caused by", "at org.", "at java.", "SQLException", "org.casebridge", "EclipseLink")) {
            assertFalse(html.contains(leak), "page shows '" + leak + "'");
        }
    }

    private int agencyId(String code) {
        return api.get("/api/agencies", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
    }

    private static String sessionCookie(Api.Reply r) {
        for (String header : r.response().headers().allValues("Set-Cookie")) {
            Matcher m = Pattern.compile("JSESSIONID=([^;]+)").matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
