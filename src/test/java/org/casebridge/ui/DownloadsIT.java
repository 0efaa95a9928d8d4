package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Downloads (issue 13) on an installation of their own whose download limit is 4 rows
 * ({@code casebridge.download.max-rows}), so that a list over it is quick to make: the case list as
 * Excel holds exactly the rows of the list for that caller, filter and sort, every cell text; a list
 * over the limit is refused with a message and nothing is written; a caller without cases is refused
 * and audited; the case summary PDF names the case and the user on every page, for whoever may read
 * the case and no one else (404, audited DENIED with the case's id and country). In the browser: the
 * Excel button of the case list and the PDF button of a case save files, the page staying.
 */
class DownloadsIT {

    private static final String DB = "downloads";
    private static final int LIMIT = 4;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
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
    void theCaseListAsExcelHoldsTheRowsOfTheListForThatCallerFilterAndSort() throws Exception {
        LocalDate day = uniqueDay();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(open("cw1-jm", "xlsx-" + i, day));
        }
        open("cw1-bs", "xlsx-other-country", day);
        String filter = "?from=" + day + "&to=" + day + "&sort=NUMBER&asc=true";
        JsonObject list = api.get("/api/cases" + filter, "cw1-jm").json();
        List<String> numbers = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("number")).toList();
        assertEquals(3, numbers.size(), "the other country's case is not cw1-jm's: " + list);
        long exportsBefore = exports("cw1-jm");

        HttpResponse<byte[]> r = get("/api/cases/xlsx" + filter, "cw1-jm", XLSX);
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        List<List<String>> rows = cells(r.body());
        assertEquals(List.of("Case number", "Status", "Stage", "Risk level", "Identified on", "Review due",
                "Assigned caseworker", "Owning agency", "Country", "Last changed"), rows.get(0), "the table's columns");
        assertEquals(numbers, rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList(),
                "the list's rows in the list's order");
        assertEquals(List.of("Active", "Identification", "High", day.toString()), rows.get(1).subList(1, 5));
        assertEquals("JM", rows.get(1).get(8));
        assertFalse(rows.toString().contains("Testgiven") || rows.toString().contains("Testfamily"), "no victim names");

        List<String> descending = new ArrayList<>(numbers);
        java.util.Collections.reverse(descending);
        List<List<String>> sorted = cells(get("/api/cases/xlsx?from=" + day + "&to=" + day + "&sort=NUMBER&asc=false",
                "cw1-jm", XLSX).body());
        assertEquals(descending, sorted.subList(1, sorted.size()).stream().map(row -> row.get(0)).toList(), "the sort asked for");

        assertEquals(exportsBefore + 2, exports("cw1-jm"), "each download is an EXPORT entry");
        assertEquals(String.join(",", ids.stream().sorted().map(String::valueOf).toList()),
                sortedIds(lastExportIds("cw1-jm")), "with the ids of the cases it holds");
        assertEquals(3, cells(get("/api/cases/xlsx?from=" + day + "&to=" + day, "sup-jm", XLSX).body()).size() - 1,
                "the supervisor's download is the country's list");

        // A client asking for Spanish gets the columns and the code labels as the Spanish screen shows them.
        java.util.Locale es = java.util.Locale.of("es");
        List<List<String>> spanish = cells(HTTP.send(HttpRequest.newBuilder(server.uri("/api/cases/xlsx" + filter))
                .header("Accept", XLSX).header("Accept-Language", "es")
                .header("Authorization", Api.basic("cw1-jm", TestSettings.DEMO_PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body());
        assertEquals(org.casebridge.interfaces.shared.i18n.Texts.text(es, "case.status"), spanish.get(0).get(1));
        assertEquals(org.casebridge.interfaces.shared.i18n.Texts.text(es, "caseStatus.ACTIVE"), spanish.get(1).get(1));
        assertFalse(spanish.get(0).get(1).equals("Status"), "not the English column");
    }

    @Test
    void aListOverTheLimitIsRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        LocalDate day = uniqueDay();
        for (int i = 0; i <= LIMIT; i++) {
            open("cw1-jm", "big-" + i, day);
        }
        long exportsBefore = exports("cw1-jm");
        HttpResponse<byte[]> r = get("/api/cases/xlsx?from=" + day + "&to=" + day, "cw1-jm", XLSX);
        assertEquals(400, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        String problem = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(problem.contains("a download holds at most " + LIMIT), problem);
        assertEquals(exportsBefore, exports("cw1-jm"), "nothing exported, nothing on the trail as exported");
        assertEquals(400, get("/api/cases/xlsx?from=" + day + "&to=" + day + "&size=2", "cw1-jm", XLSX).statusCode(),
                "a page size does not cut a download either");
    }

    @Test
    void callersWithoutCasesGetNoDownloadAndAreAudited() throws Exception {
        for (String user : List.of("admin", "partner1-jm", "analyst")) {
            long denied = denied(user, null);
            HttpResponse<byte[]> r = get("/api/cases/xlsx", user, XLSX);
            assertEquals(403, r.statusCode(), user);
            assertEquals(denied + 1, denied(user, null), user + "'s refusal is audited DENIED");
        }
    }

    @Test
    void theOtherListsAsExcelHoldTheirRowsForThatCallerAndRefuseOtherRoles() throws Exception {
        // referrals (the sending side) and cooperation requests: a filter that lists at most the limit
        String referrals = smallList("/api/referrals?", "cw1-jm", "DRAFT", "SENT", "ACCEPTED", "DECLINED", "COMPLETED", "REVOKED");
        assertEquals(firstColumn(referrals, "cw1-jm", "id"), xlsxFirstColumn(referrals, "cw1-jm"), "the referral list");
        String requests = smallList("/api/cooperation-requests?direction=OUTGOING&", "fp-jm", "SENT", "ACKNOWLEDGED",
                "ANSWERED", "CLOSED", "REFUSED", "WITHDRAWN");
        assertEquals(firstColumn(requests, "fp-jm", "reference"), xlsxFirstColumn(requests, "fp-jm"),
                "the cooperation request list");
        // the audit log of one case
        long id = open("cw1-jm", "audit-xlsx", uniqueDay());
        String audit = "/api/audit?recordType=case_file&recordId=" + id;
        List<String> sequences = firstColumn(audit, "sup-jm", "sequence");
        assertFalse(sequences.isEmpty());
        assertEquals(sequences, xlsxFirstColumn(audit, "sup-jm"), "the audit log");
        // a user whose name a spreadsheet would run comes out as text
        String username = "xl" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        int agency = api.get("/api/agencies", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").startsWith("JM-")).findFirst().orElseThrow().getInt("id");
        Api.Reply created = api.post("/api/users", "admin", Json.createObjectBuilder().add("username", username)
                .add("displayName", "=HYPERLINK(\"http://example.org\",\"open\")").add("agencyId", agency)
                .add("roles", Json.createArrayBuilder().add("caseworker")).add("password", "Xlsx-Password-2026!").build().toString());
        assertEquals(201, created.status(), created.toString());
        List<List<String>> users = cells(get("/api/users/xlsx?filter=" + username, "admin", XLSX).body());
        assertEquals(List.of(username, "'=HYPERLINK(\"http://example.org\",\"open\")"), users.get(1).subList(0, 2),
                "a formula becomes text with an apostrophe");

        for (String[] refusal : new String[][] {{"/api/referrals/xlsx", "analyst"}, {"/api/cooperation-requests/xlsx", "cw1-jm"},
                {"/api/audit/xlsx", "cw1-jm"}, {"/api/users/xlsx", "cw1-jm"}}) {
            long denied = count("select count(*) from audit_entry where username = ? and action = 'DENIED'", refusal[1]);
            assertEquals(403, get(refusal[0], refusal[1], XLSX).statusCode(), refusal[0] + " as " + refusal[1]);
            assertEquals(denied + 1, count("select count(*) from audit_entry where username = ? and action = 'DENIED'",
                    refusal[1]), "audited DENIED");
        }
    }

    /** The list filtered by the first status that lists at least one row and at most the limit (demo data). */
    private static String smallList(String path, String user, String... statuses) {
        for (String status : statuses) {
            long total = api.get(path + "status=" + status, user).json().getJsonNumber("total").longValue();
            if (total > 0 && total <= LIMIT) {
                return path + "status=" + status;
            }
        }
        throw new AssertionError("no status of " + path + " lists 1 to " + LIMIT + " rows for " + user);
    }

    /** A list's {@code field} of every row, as the list answers as JSON (at most the download limit). */
    private static List<String> firstColumn(String path, String user, String field) {
        JsonObject page = api.get(path + (path.contains("?") ? "&" : "?") + "size=200", user).json();
        List<String> values = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.get(field).toString().replace("\"", "")).toList();
        assertTrue(values.size() <= LIMIT, path + " lists at most the limit for this test: " + values);
        return values;
    }

    private static List<String> xlsxFirstColumn(String path, String user) throws Exception {
        int q = path.indexOf('?');
        String xlsx = q < 0 ? path + "/xlsx" : path.substring(0, q) + "/xlsx" + path.substring(q);
        HttpResponse<byte[]> r = get(xlsx, user, XLSX);
        assertEquals(200, r.statusCode(), xlsx + ": " + new String(r.body()));
        List<List<String>> rows = cells(r.body());
        return rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList();
    }

    @Test
    void theCaseSummaryNamesTheCaseAndTheUserOnEveryPageForWhoeverMayReadItOnly() throws Exception {
        long id = open("cw1-jm", "pdf-Pétion", uniqueDay());
        for (int i = 1; i <= 45; i++) {
            Api.Reply note = api.post("/api/cases/" + id + "/notes", "cw1-jm", Json.createObjectBuilder()
                    .add("text", "Nota " + i + ": la niña habló con l'équipe à Pétion-Ville; señal de façade, Ærø, Łódź.")
                    .build().toString());
            assertEquals(201, note.status(), note.toString());
        }
        String number = api.get("/api/cases/" + id, "cw1-jm").json().getString("number");
        long exported = count("select count(*) from audit_entry where username = 'cw1-jm' and action = 'EXPORT'"
                + " and record_type = 'case_file' and record_id = ?", Long.toString(id));

        HttpResponse<byte[]> r = get("/api/cases/" + id + "/summary.pdf", "cw1-jm", "application/pdf");
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"), "never inline");
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        List<String> pages = pages(r.body());
        assertTrue(pages.size() >= 2, "45 notes take more than a page");
        for (int p = 0; p < pages.size(); p++) {
            assertTrue(pages.get(p).contains(number), "page " + (p + 1) + " names the case");
            assertTrue(pages.get(p).contains("Caseworker one (JM) (cw1-jm)"), "page " + (p + 1) + " names the user: " + pages.get(p));
            assertTrue(pages.get(p).contains("Page " + (p + 1) + " of " + pages.size()));
        }
        String all = String.join("\n", pages).replaceAll("\\s+", " ");
        assertTrue(all.contains("Nota 45: la niña habló con l'équipe à Pétion-Ville; señal de façade, Ærø, Łódź."), all);
        assertTrue(all.indexOf("Nota 1:") < all.indexOf("Nota 2:") && all.indexOf("Nota 44:") < all.indexOf("Nota 45:"));
        assertFalse(all.contains("Testgiven") || all.contains("Testfamily"), "victims by alias, never by name");
        assertEquals(exported + 1, count("select count(*) from audit_entry where username = 'cw1-jm' and action = 'EXPORT'"
                + " and record_type = 'case_file' and record_id = ?", Long.toString(id)), "the download is audited");

        assertTrue(pages(get("/api/cases/" + id + "/summary.pdf", "sup-jm", "application/pdf").body()).get(0)
                .contains("(sup-jm)"), "the country's supervisor may read it");
        for (String user : List.of("cw1-bs", "admin", "partner1-jm")) {
            long denied = denied(user, id);
            HttpResponse<byte[]> refused = get("/api/cases/" + id + "/summary.pdf", user, "application/pdf");
            assertEquals(404, refused.statusCode(), user + " may not read the case");
            assertEquals(denied + 1, denied(user, id), user + "'s refusal names the case");
            assertEquals(1, count("select count(*) from audit_entry where username = ? and action = 'DENIED'"
                    + " and record_id = ? and record_country = 'JM' and seq = (select max(seq) from audit_entry"
                    + " where username = ? and action = 'DENIED')", user, Long.toString(id), user), "and its country");
        }
    }

    @Test
    void theBrowserSavesTheCaseListAsExcelAndTheCaseAsPdf() throws Exception {
        LocalDate day = uniqueDay();
        for (int i = 0; i < 2; i++) {
            open("cw1-jm", "browser-xlsx-" + i, day);
        }
        LocalDate bigDay = uniqueDay();
        for (int i = 0; i <= LIMIT; i++) {
            open("cw1-jm", "browser-big-" + i, bigDay);
        }
        try (Browser browser = Browser.open(server)) {
            Path downloads = Files.createTempDirectory(TestDatabases.workDir().toAbsolutePath(), "downloads-");
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.go("/login.xhtml");
            browser.settle();
            new LoginPage(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);

            CaseListPage list = CaseListPage.at(browser, "?from=" + day + "&to=" + day + "&sort=number&asc=true");
            List<String> shown = list.numbers();
            assertEquals(2, shown.size());
            String url = browser.driver().getCurrentUrl();
            browser.driver().findElement(By.id("cases:downloadXlsx")).click();
            Path xlsx = awaitFile(downloads, ".xlsx");
            List<List<String>> rows = cells(Files.readAllBytes(xlsx));
            assertEquals(shown, rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList(),
                    "the file holds the list as shown");
            assertEquals(url, browser.driver().getCurrentUrl(), "the list stays");
            Files.delete(xlsx);

            list = CaseListPage.at(browser, "?from=" + bigDay + "&to=" + bigDay);
            browser.clickAndLoad(browser.driver().findElement(By.id("cases:downloadXlsx")));
            assertTrue(new Pf(browser).pageText().contains("a download holds at most " + LIMIT),
                    "the refusal is said on the page");
            Thread.sleep(1000);
            try (Stream<Path> files = Files.list(downloads)) {
                assertEquals(0, files.count(), "and nothing is saved");
            }

            long id = open("cw1-jm", "browser-pdf", day);
            CaseDetailsPage details = CaseDetailsPage.open(browser, id);
            String number = details.number();
            browser.driver().findElement(By.id("case:summaryPdf")).click();
            Path pdf = awaitFile(downloads, ".pdf");
            assertTrue(pages(Files.readAllBytes(pdf)).get(0).contains(number));
            assertTrue(details.isShown(), "the case stays on the screen");
        }
    }

    private static Path awaitFile(Path dir, String suffix) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " saved in " + dir);
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

    private static HttpResponse<byte[]> get(String path, String user, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).header("Accept", accept)
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

    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }

    private static long exports(String user) throws SQLException {
        return count("select count(*) from audit_entry where username = ? and action = 'EXPORT' and record_type = 'case_file'"
                + " and record_id is null", user);
    }

    private static String lastExportIds(String user) throws SQLException {
        try (Connection c = TestDatabases.connect(DB); PreparedStatement s = c.prepareStatement("select shown_ids from audit_entry"
                + " where username = ? and action = 'EXPORT' and record_type = 'case_file' order by seq desc")) {
            s.setString(1, user);
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String sortedIds(String ids) {
        return String.join(",", Stream.of(ids.split(",")).map(Long::valueOf).sorted().map(String::valueOf).toList());
    }

    private static long denied(String user, Long id) throws SQLException {
        return id == null
                ? count("select count(*) from audit_entry where username = ? and action = 'DENIED' and record_type = 'case_file'"
                        + " and record_id is null", user)
                : count("select count(*) from audit_entry where username = ? and action = 'DENIED' and record_type = 'case_file'"
                        + " and record_id = ?", user, Long.toString(id));
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
