package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebridge.it.Api;
import org.casebridge.it.CaseBridgeServer;
import org.casebridge.it.TestDatabases;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A list too long for its XLSX download, exported in the background (issue 13 item 3), on an installation of
 * its own whose download limit is 4 rows ({@code casebridge.download.max-rows}). Over REST: a caseworker's
 * LIST_XLSX job of more rows than the limit ends DONE, its file opens with POI and holds exactly the rows of
 * their list (in the list's order, counted against plain SQL of their scope), a formula in a cell comes out
 * as text, the ids it holds are on the audit trail; another caseworker gets 404 (DENIED with the job's id and
 * country), an analyst and a partner 403, a query that is not the list's 400. The same for a partner's referral
 * inbox and a caseworker's referral list, and a focal point's cooperation request list, each against plain SQL of
 * the owner's scope, with the partner's own columns in the inbox; a caller without the list is refused 403 (DENIED
 * with the list's record type). A supervisor's audit log, over more than two pages, newest first and sorted by user,
 * against plain SQL of their country's scope, its sequence numbers audited; its query refused at the door when it is not
 * GET /api/audit's (400, no job). An administrator's user list (every account) and a supervisor's (their country's,
 * searched) against plain SQL, the ids audited; an administrator refused every other list (403, DENIED with the list's
 * record type), a caseworker the user list. In the browser: the case list's, the referral list's, the cooperation request list's
 * the audit log's and the user list's download refusals offer the background export, which the exports screen follows
 * to Ready.
 */
class ListExportsIT {

    private static final String DB = "listexports";
    private static final int LIMIT = 4;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"open\")";
    private static CaseBridgeServer server;
    private static Api api;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws IOException {
        server = CaseBridgeServer.launch(DB, CaseBridgeServer.freePort(),
                List.of("-Dcasebridge.download.max-rows=" + LIMIT));
        server.awaitReady();
        api = Api.rest(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aCaseworkersListExportHoldsExactlyTheirListAndOnlyTheyMayFetchIt() throws Exception {
        LocalDate day = uniqueDay();
        // a caseworker whose name a spreadsheet would run: their cases show it in the Assigned column
        String user = "cw2-jm";
        JsonObject account = org.casebridge.it.Accounts.find(api, user);
        long userId = account.getJsonNumber("id").longValue();
        String etag = api.get("/api/users/" + userId, "admin").header("ETag");
        Api.Reply renamed = api.put("/api/users/" + userId, "admin", Json.createObjectBuilder().add("displayName", FORMULA)
                .add("agencyId", account.getInt("agencyId")).add("roles", Json.createArrayBuilder().add("caseworker"))
                .build().toString(), etag);
        assertEquals(200, renamed.status(), renamed.toString());
        for (int i = 0; i < LIMIT + 2; i++) {
            open(user, "job-" + i, day);
        }
        open("cw1-jm", "job-other-agency", day);
        open("cw1-bs", "job-other-country", day);
        String filters = "from=" + day + "&to=" + day + "&sort=NUMBER&asc=true";
        long inScope = inScope(user, day);
        assertTrue(inScope > LIMIT, "more than a download holds: " + inScope);
        HttpResponse<byte[]> refused = get("/api/cases/xlsx?" + filters, user);
        assertEquals(400, refused.statusCode(), "too long for a download");

        Api.Reply asked = api.post("/api/exports", user, Json.createObjectBuilder().add("kind", "LIST_XLSX").add("list", "cases")
                .add("query", filters).build().toString());
        assertEquals(202, asked.status(), asked.toString());
        long id = asked.json().getJsonNumber("id").longValue();
        JsonObject done = awaitEnd(user, id);
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals(inScope, done.getJsonNumber("rows").longValue(), "the job counted the list's rows");

        HttpResponse<byte[]> file = get("/api/exports/" + id + "/file", user);
        assertEquals(200, file.statusCode(), new String(file.body()));
        assertEquals(XLSX, file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        List<List<String>> rows = cells(file.body());
        assertEquals(List.of("Case number", "Status", "Stage", "Risk level", "Identified on", "Review due",
                "Assigned caseworker", "Owning agency", "Country", "Last changed"), rows.get(0), "the download's columns");
        assertEquals(inScope, rows.size() - 1, "exactly the rows of the caseworker's scope (plain SQL)");
        List<JsonObject> list = api.get("/api/cases?" + filters + "&size=200", user).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(list.stream().map(o -> o.getString("number")).toList(),
                rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList(), "the list's rows in the list's order");
        assertTrue(rows.stream().noneMatch(r -> r.contains("BS")), "no case of another country");
        assertTrue(rows.stream().filter(r -> r.get(6).equals("'" + FORMULA)).count() >= LIMIT + 2,
                "the formula comes out as text with an apostrophe");
        assertFalse(rows.stream().anyMatch(r -> r.get(6).equals(FORMULA)), "never a formula");

        // the ids it holds are on the audit trail, as every export's are
        TreeSet<Long> listed = new TreeSet<>(list.stream().map(o -> o.getJsonNumber("id").longValue()).toList());
        assertEquals(listed, auditedIds(id), "the EXPORT entries name the cases in the file");

        // another caseworker cannot fetch it: 404 like a missing job, DENIED with the job's id and country
        long denied = count("select count(*) from audit_entry where username = 'cw1-jm' and action = 'DENIED'"
                + " and record_type = 'export_job' and record_id = ? and record_country = 'JM'", Long.toString(id));
        assertEquals(404, get("/api/exports/" + id + "/file", "cw1-jm").statusCode());
        assertEquals(404, api.get("/api/exports/" + id, "cw1-jm").status());
        assertEquals(denied + 2, count("select count(*) from audit_entry where username = 'cw1-jm' and action = 'DENIED'"
                + " and record_type = 'export_job' and record_id = ? and record_country = 'JM'", Long.toString(id)));

        // written when no request of theirs is there: in the owner's saved language, not in English
        assertEquals(200, api.put("/api/me/preferences", user, "{\"language\":\"es\",\"timeZone\":\"America/Jamaica\"}", null)
                .status());
        try {
            long spanish = api.post("/api/exports", user, Json.createObjectBuilder().add("kind", "LIST_XLSX").add("list", "cases")
                    .add("query", filters).build().toString()).json().getJsonNumber("id").longValue();
            assertEquals("DONE", awaitEnd(user, spanish).getString("status"));
            byte[] xlsx = get("/api/exports/" + spanish + "/file", user).body();
            assertEquals(List.of("Número de caso", "Estado"), cells(xlsx).get(0).subList(0, 2), "the owner's language");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertEquals("Casos", book.getSheetName(0));
            }
        } finally {
            api.put("/api/me/preferences", user, "{\"language\":\"en\",\"timeZone\":\"America/Jamaica\"}", null);
        }
    }

    @Test
    void callersWithoutTheListAndQueriesThatAreNotTheListsAreRefused() throws Exception {
        for (String user : List.of("analyst", "partner1-jm")) {
            long denied = count("select count(*) from audit_entry where username = ? and action = 'DENIED'", user);
            Api.Reply r = api.post("/api/exports", user, "{\"kind\":\"LIST_XLSX\",\"list\":\"cases\",\"query\":\"\"}");
            assertEquals(403, r.status(), user + ": " + r);
            assertEquals(denied + 1, count("select count(*) from audit_entry where username = ? and action = 'DENIED'", user),
                    user + "'s refusal is audited");
        }
        // a caller whose roles ask for lists but not this one: the list's own policy refuses, DENIED with its record type
        for (String[] refused : new String[][] {{"analyst", "referrals", "export_job"}, {"partner1-jm", "cooperation-requests",
            "cooperation_request"}, {"cw1-jm", "cooperation-requests", "cooperation_request"}, {"analyst", "audit-log", "export_job"},
            {"cw1-jm", "audit-log", "audit"}, {"partner1-jm", "audit-log", "audit"}, {"fp-jm", "audit-log", "audit"},
            {"analyst", "users", "export_job"}, {"cw1-jm", "users", "user_account"}, {"fp-jm", "users", "user_account"},
            // an administrator may export the user list, and no other list through it
            {"admin", "cases", "case_file"}, {"admin", "referrals", "referral"}, {"admin", "cooperation-requests",
                "cooperation_request"}, {"admin", "audit-log", "audit"}}) {
            String sql = "select count(*) from audit_entry where username = ? and action = 'DENIED' and record_type = ?";
            long denied = count(sql, refused[0], refused[2]);
            Api.Reply r = api.post("/api/exports", refused[0], "{\"kind\":\"LIST_XLSX\",\"list\":\"" + refused[1] + "\"}");
            assertEquals(403, r.status(), refused[0] + " " + refused[1] + ": " + r);
            assertEquals(denied + 1, count(sql, refused[0], refused[2]), refused[0] + "'s refusal is audited as " + refused[2]);
        }
        long jobs = count("select count(*) from export_job");
        Api.Reply unknown = api.post("/api/exports", "cw1-jm", "{\"kind\":\"LIST_XLSX\",\"list\":\"victims\"}");
        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.body().contains("cases, referrals, cooperation-requests"), "the lists are named: " + unknown.body());
        for (String body : List.of("{\"kind\":\"LIST_XLSX\",\"list\":\"referrals\",\"query\":\"bogus=1\"}",
                "{\"kind\":\"LIST_XLSX\",\"list\":\"referrals\",\"query\":\"status=NOPE\"}",
                "{\"kind\":\"LIST_XLSX\",\"list\":\"referrals\",\"query\":\"size=5\"}",
                "{\"kind\":\"LIST_XLSX\",\"list\":\"referrals\",\"query\":\"overdue=true&overdue=false\"}",
                "{\"kind\":\"LIST_XLSX\",\"list\":\"referrals\",\"query\":\"status=" + "S".repeat(1000) + "\"}",
                "{\"kind\":\"LIST_XLSX\",\"list\":\"cooperation-requests\",\"query\":\"direction=SIDEWAYS\"}",
                "{\"kind\":\"LIST_XLSX\",\"list\":\"cooperation-requests\",\"query\":\"counterpart=XYZ\"}",
                "{\"kind\":\"LIST_XLSX\",\"list\":\"cases\",\"query\":\"bogus=1\"}",
                "{\"kind\":\"LIST_XLSX\",\"list\":\"cases\",\"query\":\"status=NOPE\"}",
                "{\"kind\":\"LIST_XLSX\",\"list\":\"cases\",\"query\":\"q=a%E2%80%AEb\"}",
                "{\"kind\":\"LIST_XLSX\",\"list\":\"victims\"}",
                "{\"kind\":\"LIST_XLSX\",\"list\":\"cases\",\"format\":\"CSV\"}",
                "{\"kind\":\"HTCDS_CASES\",\"list\":\"cases\"}")) {
            Api.Reply r = api.post("/api/exports", "cw1-jm", body);
            assertEquals(400, r.status(), body + ": " + r);
            assertEquals("application/problem+json", r.header("Content-Type"), body);
        }
        // the audit log's query is GET /api/audit's parameters: anything else, paging included, is refused at the door
        for (String query : List.of("bogus=1", "action=NOPE", "outcome=MAYBE", "size=5", "first=0", "after=9",
                "action=DENIED&action=VIEW", "from=yesterday", "sort=detail", "asc=maybe", "hideOwnViews=1",
                "username=" + "u".repeat(65), "recordId=a%0Ab", "from=2026-12-02&to=2026-12-01", "to=%ZZ",
                "username=" + "u".repeat(1000))) {
            Api.Reply r = api.post("/api/exports", "sup-jm", Json.createObjectBuilder().add("kind", "LIST_XLSX")
                    .add("list", "audit-log").add("query", query).build().toString());
            assertEquals(400, r.status(), query + ": " + r);
            assertEquals("application/problem+json", r.header("Content-Type"), query);
        }
        for (String query : List.of("bogus=1", "filter=a&filter=b", "size=5", "first=0", "after=x", "country=BS",
                "filter=" + "x".repeat(101), "filter=a%0Ab", "filter=%ZZ")) {
            Api.Reply r = api.post("/api/exports", "admin", Json.createObjectBuilder().add("kind", "LIST_XLSX")
                    .add("list", "users").add("query", query).build().toString());
            assertEquals(400, r.status(), query + ": " + r);
            assertEquals("application/problem+json", r.header("Content-Type"), query);
        }
        assertEquals(jobs, count("select count(*) from export_job"), "no job asked for");
    }

    @Test
    void anAdministratorsAndASupervisorsUserListExportsHoldExactlyTheirAccounts() throws Exception {
        List<String> header = cells(get("/api/users/xlsx?filter=nobody-at-all", "admin").body()).get(0);
        // an administrator: every account, by username
        List<String> all = strings("select username from user_account order by username");
        assertTrue(all.size() > LIMIT, "more than a download holds: " + all.size());
        assertEquals(400, get("/api/users/xlsx", "admin").statusCode(), "too long for a download");
        long job = ask("admin", "users", "");
        JsonObject done = awaitEnd("admin", job);
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals("users", done.getString("list"));
        List<List<String>> rows = cells(get("/api/exports/" + job + "/file", "admin").body());
        assertEquals(header, rows.get(0), "the download's columns");
        assertEquals("Username", header.get(0));
        assertEquals(all, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList(), "every account (plain SQL), by username");
        assertEquals(ids(strings("select id from user_account")), auditedIds(job, "user_account"),
                "the EXPORT user_account entries name the accounts in the file");

        // a supervisor: their country's accounts, searched
        String jm = " from user_account u join agency a on a.id = u.agency_id join country c on c.id = a.country_id"
                + " where c.code = 'JM' and (lower(u.username) like '%-jm%' or lower(u.display_name) like '%-jm%'"
                + " or lower(a.name) like '%-jm%')";
        List<String> theirs = strings("select u.username" + jm + " order by u.username");
        assertTrue(theirs.size() > LIMIT, "more than a download holds: " + theirs.size());
        long supervisors = ask("sup-jm", "users", "filter=-JM");
        assertEquals("DONE", awaitEnd("sup-jm", supervisors).getString("status"));
        List<List<String>> supRows = cells(get("/api/exports/" + supervisors + "/file", "sup-jm").body());
        assertEquals(theirs, supRows.subList(1, supRows.size()).stream().map(r -> r.get(0)).toList(),
                "exactly their country's accounts (plain SQL), as their list searches them");
        assertEquals(ids(strings("select u.id" + jm)), auditedIds(supervisors, "user_account"));
        assertTrue(supRows.stream().noneMatch(r -> r.get(0).endsWith("-bs")), "no account of another country");

        // the administrator's job is theirs alone
        assertEquals(404, get("/api/exports/" + job + "/file", "sup-jm").statusCode());
    }

    @Test
    void aSupervisorsAuditLogExportHoldsExactlyTheirCountrysLogInItsOrder() throws Exception {
        // the supervisor's scope (docs/security.md): entries by their country's users or about its records, and alarms
        String scope = " from audit_entry where (country_code = 'JM' or record_country = 'JM' or action = 'ALARM')"
                + " and occurred_at < ?";
        // more than two pages of 500, so that the export crosses pages in both of its ways of paging
        while (count("select count(*)" + scope + " and action = 'LIST'", OffsetDateTime.now(ZoneOffset.UTC)) < 2 * 500 + 50) {
            for (int i = 0; i < 100; i++) {
                assertEquals(200, api.get("/api/cases?size=1", "cw1-jm").status());
            }
        }
        Instant to = Instant.now();
        Thread.sleep(1500); // every entry made before `to` has committed
        OffsetDateTime bound = OffsetDateTime.ofInstant(to, ZoneOffset.UTC);
        assertEquals(400, get("/api/audit/xlsx?to=" + to, "sup-jm").statusCode(), "too long for a download");
        List<String> header = cells(get("/api/audit/xlsx?username=nobody-at-all", "sup-jm").body()).get(0);

        // newest first, as the log lists it
        List<String> newest = strings("select seq" + scope + " order by seq desc", bound);
        long job = ask("sup-jm", "audit-log", "to=" + to);
        JsonObject done = awaitEnd("sup-jm", job);
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals("audit-log", done.getString("list"));
        assertEquals(newest.size(), done.getJsonNumber("rows").longValue(), "the job counted the log's entries");
        List<List<String>> rows = cells(get("/api/exports/" + job + "/file", "sup-jm").body());
        assertEquals(header, rows.get(0), "the download's columns");
        assertEquals(List.of("No.", "Time (UTC)"), header.subList(0, 2));
        assertEquals(newest, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList(),
                "exactly the country's log (plain SQL), in its order");
        assertEquals(ids(newest), auditedIds(job, "audit"), "the EXPORT audit entries name the sequence numbers in the file");

        // sorted by another column (by user, oldest first): the same rows in that order
        List<String> byUser = strings("select seq" + scope + " and action = 'LIST' order by username asc, seq asc",
                bound);
        long sorted = ask("sup-jm", "audit-log", "action=LIST&to=" + to + "&sort=username&asc=true");
        assertEquals("DONE", awaitEnd("sup-jm", sorted).getString("status"));
        List<List<String>> sortedRows = cells(get("/api/exports/" + sorted + "/file", "sup-jm").body());
        assertTrue(byUser.size() > 1000, "more than two pages: " + byUser.size());
        assertEquals(byUser, sortedRows.subList(1, sortedRows.size()).stream().map(r -> r.get(0)).toList(),
                "sorted by user as the log sorts it");

        // another supervisor cannot fetch it: 404 like a missing job, DENIED with the job's id and country
        String denied = "select count(*) from audit_entry where username = 'sup-bs' and action = 'DENIED'"
                + " and record_type = 'export_job' and record_id = ? and record_country = 'JM'";
        long before = count(denied, Long.toString(job));
        assertEquals(404, get("/api/exports/" + job + "/file", "sup-bs").statusCode());
        assertEquals(before + 1, count(denied, Long.toString(job)));
    }

    @Test
    void aPartnersInboxAndACaseworkersReferralListExportHoldExactlyTheirReferrals() throws Exception {
        long safehouse = agencyId("JM-SAFEHOUSE");
        LocalDate day = uniqueDay();
        for (int i = 0; i <= LIMIT; i++) {
            refer("cw1-jm", open("cw1-jm", "referral-job-" + i, day), safehouse);
        }
        // the partner's inbox: what was sent to their agency, newest first (plain SQL of the partner rule)
        List<String> inbox = strings("select id from referral where recipient_agency_id = ? and status <> 'DRAFT'"
                + " and voided = false order by id desc", safehouse);
        assertTrue(inbox.size() > LIMIT, "more than a download holds: " + inbox.size());
        assertEquals(400, get("/api/referrals/xlsx", "partner1-jm").statusCode(), "too long for a download");
        long job = ask("partner1-jm", "referrals", "");
        JsonObject done = awaitEnd("partner1-jm", job);
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals("referrals", done.getString("list"));
        List<List<String>> rows = cells(get("/api/exports/" + job + "/file", "partner1-jm").body());
        assertEquals(List.of("Referral", "Status", "Urgency", "Services", "From", "Sent", "Answer due"), rows.get(0),
                "the inbox download's columns: no recipient");
        assertEquals(inbox, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList(), "exactly the inbox, in its order");
        assertEquals(ids(inbox), auditedIds(job, "referral"), "the EXPORT referral entries name the referrals in the file");

        // the sending side: a caseworker's list, filtered, in the referrals of the cases they may read
        String filters = "status=SENT&agency=" + safehouse;
        List<String> sent = strings("select r.id from referral r, case_file c, user_account u, agency a where u.username = ?"
                + " and a.id = u.agency_id and c.id = r.case_id and r.voided = false and r.status = 'SENT'"
                + " and r.recipient_agency_id = ? and c.country_id = a.country_id and (c.owning_agency_id = u.agency_id"
                + " or c.assigned_to_id = u.id or c.id in (select t.case_id from case_team t where t.user_id = u.id))"
                + " order by r.id desc", "cw1-jm", safehouse);
        assertTrue(sent.size() > LIMIT, "more than a download holds: " + sent.size());
        long theirs = ask("cw1-jm", "referrals", filters);
        assertEquals("DONE", awaitEnd("cw1-jm", theirs).getString("status"));
        List<List<String>> sentRows = cells(get("/api/exports/" + theirs + "/file", "cw1-jm").body());
        assertEquals(List.of("Referral", "Status", "Urgency", "Services", "From", "To", "Sent", "Answer due"), sentRows.get(0));
        assertEquals(sent, sentRows.subList(1, sentRows.size()).stream().map(r -> r.get(0)).toList(),
                "exactly the caseworker's referrals (plain SQL of their scope)");
        assertEquals(api.get("/api/referrals?" + filters + "&size=200", "cw1-jm").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(o -> Long.toString(o.getJsonNumber("id").longValue())).toList(), sent,
                "and exactly their list");
        assertEquals(ids(sent), auditedIds(theirs, "referral"));
    }

    @Test
    void aFocalPointsCooperationListExportHoldsExactlyTheirCountrysRequests() throws Exception {
        long caseId = open("fp-jm", "cooperation-job", uniqueDay());
        for (int i = 0; i <= LIMIT; i++) {
            request("fp-jm", caseId, "BS");
        }
        String filters = "direction=OUTGOING&counterpart=BS&type=IDENTITY_VERIFICATION&status=SENT";
        String sql = " from cooperation_request where voided = false and requesting_country = 'JM' and requested_country = 'BS'"
                + " and request_type = 'IDENTITY_VERIFICATION' and status = 'SENT'";
        List<String> references = strings("select reference" + sql + " order by id desc");
        assertTrue(references.size() > LIMIT, "more than a download holds: " + references.size());
        assertEquals(400, get("/api/cooperation-requests/xlsx?" + filters, "fp-jm").statusCode(), "too long for a download");
        long job = ask("fp-jm", "cooperation-requests", filters);
        JsonObject done = awaitEnd("fp-jm", job);
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals("cooperation-requests", done.getString("list"));
        List<List<String>> rows = cells(get("/api/exports/" + job + "/file", "fp-jm").body());
        assertEquals(List.of("Reference", "Counterpart country", "Type", "Priority", "Status", "Sent", "Acknowledge by",
                "Answer by"), rows.get(0), "the download's columns");
        assertEquals(references, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList(),
                "exactly the country's requests (plain SQL), in the list's order");
        assertEquals(ids(strings("select id" + sql)), auditedIds(job, "cooperation_request"),
                "the EXPORT cooperation_request entries name the requests in the file");
    }

    /** The refusal is on the page once: in the page's own messages, not again in the template's growl. */
    private static void refusalSaidOnce(Browser browser) {
        String text = new Pf(browser).pageText();
        String refusal = "a download holds at most " + LIMIT;
        assertEquals(1, text.split(java.util.regex.Pattern.quote(refusal), -1).length - 1, "the refusal is said once: " + text);
    }

    @Test
    void theRefusedDownloadOffersTheBackgroundExportWhichTheExportsScreenFollowsToReady() throws Exception {
        LocalDate day = uniqueDay();
        for (int i = 0; i <= LIMIT; i++) {
            open("cw1-jm", "browser-job-" + i, day);
        }
        try (Browser browser = Browser.open(server)) {
            browser.go("/login.xhtml");
            browser.settle();
            new LoginPage(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseListPage.at(browser, "?from=" + day + "&to=" + day);
            browser.clickAndLoad(browser.driver().findElement(By.id("cases:downloadXlsx")));
            refusalSaidOnce(browser);
            browser.screenshot("cases-download-refused");
            long before = newest();
            browser.clickAndLoad(browser.driver().findElement(By.id("cases:exportInBackground")));
            assertTrue(browser.driver().getCurrentUrl().contains("/exports/list"), browser.driver().getCurrentUrl());
            long id = newest();
            assertTrue(id > before, "a job was asked for");
            String shown = new Pf(browser).pageText();
            assertTrue(shown.contains("The export has started") && shown.contains("Case list (Excel)"), shown);
            ExportsPage page = ExportsPage.open(browser);
            page.awaitStatus(id, "DONE");
            assertEquals("100%", page.progress(id), "the progress bar is full");
            assertTrue(page.pageText().contains("Case list (Excel)"), page.pageText());
            assertEquals(LIMIT + 1, awaitEnd("cw1-jm", id).getJsonNumber("rows").longValue(), "the list as shown");
            browser.screenshot("exports-list-xlsx");

            // the referral list refuses its download the same way and offers the same
            long safehouse = agencyId("JM-SAFEHOUSE");
            for (int i = 0; i <= LIMIT; i++) {
                refer("cw1-jm", open("cw1-jm", "browser-referral-" + i, day), safehouse);
            }
            browser.go("/referrals/list.xhtml?status=SENT");
            browser.settle();
            browser.clickAndLoad(browser.driver().findElement(By.id("referrals:downloadXlsx")));
            refusalSaidOnce(browser);
            browser.clickAndLoad(browser.driver().findElement(By.id("referrals:exportInBackground")));
            assertTrue(browser.driver().getCurrentUrl().contains("/exports/list"), browser.driver().getCurrentUrl());
            long referrals = newest();
            assertTrue(referrals > id, "a job was asked for");
            page = ExportsPage.open(browser);
            page.awaitStatus(referrals, "DONE");
            assertTrue(page.pageText().contains("Referral list (Excel)"), page.pageText());
            assertEquals(api.get("/api/referrals?status=SENT&size=1", "cw1-jm").json().getJsonNumber("total").longValue(),
                    awaitEnd("cw1-jm", referrals).getJsonNumber("rows").longValue(), "the referral list as shown");
        }
        // and the cooperation request list, whose filters its form posts back with the buttons
        long caseId = open("fp-jm", "browser-cooperation", day);
        for (int i = 0; i <= LIMIT; i++) {
            request("fp-jm", caseId, "BS");
        }
        try (Browser browser = Browser.open(server)) {
            browser.go("/login.xhtml");
            browser.settle();
            new LoginPage(browser).logInAs("fp-jm", TestSettings.DEMO_PASSWORD);
            browser.go("/cooperation/list.xhtml?direction=outgoing&counterpart=BS&type=IDENTITY_VERIFICATION");
            browser.settle();
            browser.clickAndLoad(browser.driver().findElement(By.id("filters:downloadXlsx")));
            refusalSaidOnce(browser);
            browser.clickAndLoad(browser.driver().findElement(By.id("filters:exportInBackground")));
            assertTrue(browser.driver().getCurrentUrl().contains("/exports/list"), browser.driver().getCurrentUrl());
            List<JsonObject> jobs = api.get("/api/exports", "fp-jm").array().getValuesAs(JsonObject.class);
            assertFalse(jobs.isEmpty(), "a job was asked for");
            long requests = jobs.get(0).getJsonNumber("id").longValue();
            ExportsPage page = ExportsPage.open(browser);
            page.awaitStatus(requests, "DONE");
            assertTrue(page.pageText().contains("Cooperation request list (Excel)"), page.pageText());
            assertEquals(api.get("/api/cooperation-requests?direction=OUTGOING&counterpart=BS&type=IDENTITY_VERIFICATION&size=1",
                    "fp-jm").json().getJsonNumber("total").longValue(), awaitEnd("fp-jm", requests).getJsonNumber("rows").longValue(),
                    "the request list as its address names it");
        }
    }

    @Test
    void theAuditLogsAndTheUserListsRefusedDownloadsOfferTheBackgroundExportWhichTheExportsScreenFollowsToReady() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.go("/login.xhtml");
            browser.settle();
            for (int i = 0; i <= LIMIT; i++) {
                // entries of the supervisor's country other than their own reads of the log, which the screen leaves out
                assertEquals(200, api.get("/api/cases?size=1", "cw1-jm").status());
            }
            new LoginPage(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            browser.go("/audit/log.xhtml");
            browser.settle();
            browser.clickAndLoad(browser.driver().findElement(By.id("audit:downloadXlsx")));
            refusalSaidOnce(browser);
            List<JsonObject> before = api.get("/api/exports", "sup-jm").array().getValuesAs(JsonObject.class);
            browser.clickAndLoad(browser.driver().findElement(By.id("audit:exportInBackground")));
            assertTrue(browser.driver().getCurrentUrl().contains("/exports/list"), browser.driver().getCurrentUrl());
            List<JsonObject> jobs = api.get("/api/exports", "sup-jm").array().getValuesAs(JsonObject.class);
            assertEquals(before.size() + 1, jobs.size(), "a job was asked for");
            long id = jobs.get(0).getJsonNumber("id").longValue();
            assertEquals("audit-log", jobs.get(0).getString("list"));
            ExportsPage page = ExportsPage.open(browser);
            page.awaitStatus(id, "DONE");
            assertTrue(page.pageText().contains("Audit log (Excel)"), page.pageText());
            assertTrue(awaitEnd("sup-jm", id).getJsonNumber("rows").longValue() > LIMIT, "the log as shown");
        }
        // and an administrator's user list
        try (Browser browser = Browser.open(server)) {
            browser.go("/login.xhtml");
            browser.settle();
            new LoginPage(browser).logInAs("admin", TestSettings.DEMO_PASSWORD);
            browser.go("/admin/users.xhtml");
            browser.settle();
            browser.clickAndLoad(browser.driver().findElement(By.id("users:downloadXlsx")));
            refusalSaidOnce(browser);
            browser.clickAndLoad(browser.driver().findElement(By.id("users:exportInBackground")));
            assertTrue(browser.driver().getCurrentUrl().contains("/exports/list"), browser.driver().getCurrentUrl());
            List<JsonObject> jobs = api.get("/api/exports", "admin").array().getValuesAs(JsonObject.class);
            assertFalse(jobs.isEmpty(), "a job was asked for");
            long id = jobs.get(0).getJsonNumber("id").longValue();
            assertEquals("users", jobs.get(0).getString("list"));
            ExportsPage page = ExportsPage.open(browser);
            page.awaitStatus(id, "DONE");
            assertTrue(page.pageText().contains("User list (Excel)"), page.pageText());
            assertEquals(count("select count(*) from user_account"), awaitEnd("admin", id).getJsonNumber("rows").longValue(),
                    "every account, as the list shows them");
        }
    }

    private static long newest() {
        List<JsonObject> jobs = api.get("/api/exports", "cw1-jm").array().getValuesAs(JsonObject.class);
        return jobs.isEmpty() ? 0 : jobs.get(0).getJsonNumber("id").longValue();
    }

    private static JsonObject awaitEnd(String user, long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Reply r = api.get("/api/exports/" + id, user);
            assertEquals(200, r.status(), r.toString());
            String status = r.json().getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return r.json();
            }
            Thread.sleep(300);
        }
        fail("export " + id + " did not end in 90 s");
        return null;
    }

    /** The caseworker's cases identified on {@code day}, counted by plain SQL of the caseworker rule (docs/security.md). */
    private static long inScope(String user, LocalDate day) throws SQLException {
        return count("select count(*) from case_file c, user_account u, agency a where u.username = ? and a.id = u.agency_id"
                + " and c.voided = false and c.identification_date = ? and c.country_id = a.country_id"
                + " and (c.owning_agency_id = u.agency_id or c.assigned_to_id = u.id"
                + " or c.id in (select t.case_id from case_team t where t.user_id = u.id))", user, java.sql.Date.valueOf(day));
    }

    private static TreeSet<Long> auditedIds(long job) throws SQLException {
        return auditedIds(job, "case_file");
    }

    private static TreeSet<Long> auditedIds(long job, String recordType) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        try (Connection c = TestDatabases.connect(DB); PreparedStatement s = c.prepareStatement("select shown_ids from audit_entry"
                + " where action = 'EXPORT' and record_type = ? and detail like ?")) {
            s.setString(1, recordType);
            s.setString(2, "export_job=" + job + " part=%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Arrays.stream(rs.getString(1).split(",")).map(Long::valueOf).forEach(ids::add);
                }
            }
        }
        return ids;
    }

    /** Asks for {@code user}'s list {@code list} with {@code query} in the background; the job's id. */
    private static long ask(String user, String list, String query) {
        Api.Reply asked = api.post("/api/exports", user, Json.createObjectBuilder().add("kind", "LIST_XLSX").add("list", list)
                .add("query", query).build().toString());
        assertEquals(202, asked.status(), asked.toString());
        return asked.json().getJsonNumber("id").longValue();
    }

    private static long agencyId(String code) {
        return api.get("/api/agencies", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
    }

    /** Sends a referral of the case's victim to {@code agencyId}. */
    private static void refer(String user, long caseId, long agencyId) {
        long victimId = api.get("/api/cases/" + caseId, user).json().getJsonArray("victims").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api.Reply r = api.post("/api/referrals", user, Json.createObjectBuilder().add("caseId", caseId).add("victimId", victimId)
                .add("recipientAgencyId", agencyId).add("services", Json.createArrayBuilder().add("SHELTER"))
                .add("urgency", "URGENT").add("reason", "Needs a safe place tonight")
                .add("share", Json.createArrayBuilder().add("ALIAS").add("AGE_BAND")).add("needs", "A bed").add("draft", false)
                .build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    /** Sends a request about the case to {@code to}, sharing the case number only. */
    private static void request(String user, long caseId, String to) {
        Api.Reply r = api.post("/api/cooperation-requests", user, Json.createObjectBuilder().add("caseId", caseId)
                .add("requestedCountry", to).add("type", "IDENTITY_VERIFICATION").add("priority", "NORMAL")
                .add("legalBasis", "Treaty of 2019").add("purpose", "Verify the passport")
                .add("share", Json.createArrayBuilder().add("CASE_NUMBER")).add("draft", false).build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    private static TreeSet<Long> ids(List<String> ids) {
        return new TreeSet<>(ids.stream().map(Long::valueOf).toList());
    }

    /** The first column of a plain SQL query's rows, as text. */
    private static List<String> strings(String sql, Object... params) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = TestDatabases.connect(DB); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private static long open(String user, String place, LocalDate day) {
        JsonObject victim = Json.createObjectBuilder().add("givenName", "Testgiven").add("familyName", "Testfamily")
                .add("alias", "V-" + place).add("gender", "FEMININE").add("birthDate", LocalDate.now().minusYears(30).toString())
                .add("citizenships", Json.createArrayBuilder().add("JM")).add("languages", Json.createArrayBuilder().add("en"))
                .add("traffickingStatus", "POSSIBLE").build();
        JsonObject details = Json.createObjectBuilder().add("stage", "IDENTIFICATION").add("riskLevel", "HIGH")
                .add("identificationDate", day.toString()).add("identificationPlace", place)
                .add("exploitationTypes", Json.createArrayBuilder().add("FORCED_LABOUR")).add("forcedLabourIndustry", "A")
                .add("methodsOfControl", Json.createArrayBuilder().add("PHYSICAL_THREATS")).build();
        String body = Json.createObjectBuilder().add("details", details).add("victim", victim)
                .add("consents", Json.createArrayBuilder().add(Json.createObjectBuilder().add("purpose", "SERVICE_REFERRAL")
                        .add("scope", "ANY").add("givenOn", LocalDate.now().toString()))).build().toString();
        Api.Reply r = api.post("/api/cases", user, body);
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static LocalDate uniqueDay() {
        return LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(3000, 9000));
    }

    private static HttpResponse<byte[]> get(String path, String user) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).header("Accept", XLSX + ", application/json")
                .header("Authorization", Api.basic(user, TestSettings.DEMO_PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every cell of the first sheet as text; fails on a cell that is not text. */
    private static List<List<String>> cells(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    assertEquals(CellType.STRING, cell.getCellType());
                    cells.add(cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static long count(String sql, Object... params) throws SQLException {
        try (Connection c = TestDatabases.connect(DB); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
