package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.casebridge.it.CaseMatrix.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Documents of a case and of its victim over REST, in the style of {@link CaseMatrixIT}: access is exactly
 * the case's (those who work on it attach and void; whoever reads it, its country's supervisors too, lists
 * and downloads); every other caller gets 404, a DENIED entry naming the record and its country, and
 * nothing saved. Downloads are files, never pages, each audited; a refused upload saves nothing.
 */
class DocumentMatrixIT {

    private static final Api API = Api.rest();
    private static String colleague;
    private static long fp;

    enum Action {
        ATTACH_TO_CASE, LIST_CASE_DOCUMENTS, DOWNLOAD, VOID, ATTACH_TO_VICTIM, LIST_VICTIM_DOCUMENTS
    }

    private static final Set<Relation> READERS = EnumSet.of(Relation.ASSIGNEE, Relation.COLLEAGUE, Relation.TEAM_MEMBER,
            Relation.SUPERVISOR);
    private static final Set<Relation> WORKERS = EnumSet.of(Relation.ASSIGNEE, Relation.COLLEAGUE, Relation.TEAM_MEMBER);

    private static boolean allowed(Relation who, Action action) {
        return switch (action) {
            case LIST_CASE_DOCUMENTS, DOWNLOAD, LIST_VICTIM_DOCUMENTS -> READERS.contains(who);
            case ATTACH_TO_CASE, VOID, ATTACH_TO_VICTIM -> WORKERS.contains(who);
        };
    }

    @BeforeAll
    static void accounts() {
        colleague = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        fp = Accounts.find(API, "fp-jm").getInt("id");
    }

    /** A case of cw1-jm with fp-jm on its team, and a PDF attached to it by cw1-jm. */
    private record Fixture(long id, long victim, long document, long version) {

        String path() {
            return "/api/cases/" + id;
        }
    }

    private static Fixture fixture() {
        JsonObject c = Cases.open(API, "cw1-jm", "documents-" + UUID.randomUUID());
        String path = Cases.path(c);
        assertEquals(200, API.post(path + "/team", "cw1-jm", "{\"userId\":" + fp + "}").status());
        Api.Reply d = Documents.upload(API, "cw1-jm", path, "REPORT", "Police report.pdf", Documents.PDF);
        assertEquals(201, d.status(), d.toString());
        return new Fixture(c.getJsonNumber("id").longValue(), Cases.victimId(c), d.json().getJsonNumber("id").longValue(),
                d.json().getJsonNumber("version").longValue());
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void eachRelationToACaseMayDoWithItsDocumentsExactlyWhatItMayDoWithTheCase(Relation relation) {
        String user = relation == Relation.COLLEAGUE ? colleague : relation.demoUser();
        String password = relation == Relation.COLLEAGUE ? Accounts.PASSWORD : TestSettings.DEMO_PASSWORD;
        List<String> failures = new ArrayList<>();
        for (Action action : Action.values()) {
            Fixture f = fixture();
            boolean expected = allowed(relation, action);
            String type = switch (action) {
                case ATTACH_TO_CASE, LIST_CASE_DOCUMENTS -> "case_file";
                case ATTACH_TO_VICTIM, LIST_VICTIM_DOCUMENTS -> "victim";
                case DOWNLOAD, VOID -> "case_document";
            };
            long recordId = type.equals("case_file") ? f.id() : type.equals("victim") ? f.victim() : f.document();
            long deniedBefore = deniedWithCountry(user, type, recordId);
            long documentsBefore = Cases.rows("case_document");
            Api.Reply r = perform(action, f, user, password);
            String cell = relation + " " + action + ": ";
            if (expected) {
                check(failures, cell + r, r.status() >= 200 && r.status() < 300);
            } else {
                check(failures, cell + r, r.status() == 404);
                check(failures, cell + "DENIED entry with the record's id and country JM",
                        deniedWithCountry(user, type, recordId) > deniedBefore);
                check(failures, cell + "nothing saved", documentsBefore == Cases.rows("case_document"));
                check(failures, cell + "not voided", !API.get(f.path() + "/documents", "cw1-jm").array().getJsonObject(0)
                        .containsKey("voided"));
                check(failures, cell + "no content leaked", !r.body().contains("%PDF"));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static Api.Reply perform(Action action, Fixture f, String user, String password) {
        String v = "/api/victims/" + f.victim();
        return switch (action) {
            case ATTACH_TO_CASE -> Documents.upload(API, user, password, f.path(), "PHOTO", "scan.png", Documents.PNG, "image/png");
            case LIST_CASE_DOCUMENTS -> Cases.as(API, user, password, "GET", f.path() + "/documents", null);
            case DOWNLOAD -> Cases.as(API, user, password, "GET", "/api/documents/" + f.document() + "/file", null);
            case VOID -> API.send(Cases.request(user, password, "POST", "/api/documents/" + f.document() + "/void",
                    "{\"reason\":\"matrix\"}").header("If-Match", "\"" + f.version() + "\""));
            case ATTACH_TO_VICTIM -> Documents.upload(API, user, password, v, "IDENTITY_DOCUMENT", "passport.pdf", Documents.PDF,
                    "application/pdf");
            case LIST_VICTIM_DOCUMENTS -> Cases.as(API, user, password, "GET", v + "/documents", null);
        };
    }

    @Test
    void aDownloadIsAFileNeverAPageAndEachIsAudited() {
        Fixture f = fixture();
        JsonObject listed = API.get(f.path() + "/documents", "sup-jm").array().getJsonObject(0);
        assertEquals("REPORT", listed.getString("kind"));
        assertEquals("Police report.pdf", listed.getString("fileName"));
        assertEquals("PDF", listed.getString("fileType"));
        assertEquals(Documents.PDF.length, listed.getInt("sizeBytes"));
        assertEquals("cw1-jm", listed.getString("addedBy"));
        String id = Long.toString(f.document());
        assertEquals(1, Cases.count("select count(*) from audit_entry where action = 'CREATE' and record_type = 'case_document'"
                + " and record_id = ? and record_country = 'JM' and detail = ?", id,
                "case=" + f.id() + " kind=REPORT type=PDF bytes=" + Documents.PDF.length), "attaching audited with ids, never names");
        for (String reader : List.of("cw1-jm", "sup-jm")) {
            long before = downloads(id, reader);
            Api.Reply d = API.get("/api/documents/" + f.document() + "/file", reader);
            assertEquals(200, d.status(), d.toString());
            assertEquals(new String(Documents.PDF, java.nio.charset.StandardCharsets.US_ASCII), d.body());
            assertEquals("application/octet-stream", d.header("Content-Type"));
            assertTrue(d.header("Content-Disposition").startsWith("attachment; filename=\"Police report.pdf\""),
                    "never inline: " + d.header("Content-Disposition"));
            assertEquals("nosniff", d.header("X-Content-Type-Options"));
            assertTrue(d.header("Content-Security-Policy").startsWith("sandbox"), d.header("Content-Security-Policy"));
            assertEquals(before + 1, downloads(id, reader), reader + "'s download audited");
        }
        List<JsonObject> history = API.get(f.path() + "/history", "cw1-jm").array().getValuesAs(JsonObject.class);
        assertTrue(history.stream().anyMatch(h -> h.getString("recordType").equals("case_document")
                && h.getString("action").equals("VIEW") && h.getInt("views") == 2), "downloads folded in the history: " + history);
    }

    @Test
    void aRefusedUploadSavesNothingAndSaysWhy() {
        Fixture f = fixture();
        String v = "/api/victims/" + f.victim();
        long documents = Cases.rows("case_document");
        long contents = Cases.rows("case_document_content");
        long created = Cases.count("select count(*) from audit_entry where action = 'CREATE' and record_type = 'case_document'");
        byte[] oversize = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Documents.PDF, 0, oversize, 0, Documents.PDF.length);
        List<Object[]> refused = List.of(
                new Object[] {f.path(), "REPORT", "report.pdf", Documents.PNG, "application/pdf", "content is PNG"},
                new Object[] {v, "PHOTO", "photo.jpg", Documents.HTML, "image/jpeg", "none of them"},
                new Object[] {f.path(), "REPORT", "empty.pdf", new byte[0], "application/pdf", "empty"},
                new Object[] {f.path(), "REPORT", "big.pdf", oversize, "application/pdf", "larger than the limit of 10 MB"},
                new Object[] {f.path(), "SELFIE", "a.pdf", Documents.PDF, "application/pdf", "kind"},
                new Object[] {v, "PHOTO", "/\u202E", Documents.PNG, "image/png", "name"});
        for (Object[] r : refused) {
            Api.Reply reply = Documents.upload(API, "cw1-jm", TestSettings.DEMO_PASSWORD, (String) r[0], (String) r[1],
                    (String) r[2], (byte[]) r[3], (String) r[4]);
            assertEquals(400, reply.status(), reply.toString());
            assertEquals("application/problem+json", reply.header("Content-Type"));
            assertTrue(reply.body().contains((String) r[5]), r[2] + ": " + reply.body());
        }
        assertEquals(documents, Cases.rows("case_document"), "no document row");
        assertEquals(contents, Cases.rows("case_document_content"), "no bytes");
        assertEquals(created, Cases.count("select count(*) from audit_entry where action = 'CREATE'"
                + " and record_type = 'case_document'"), "no CREATE entry");
    }

    @Test
    void aVoidedDocumentLeavesTheCaseworkersListButStaysMarkedForSupervisors() {
        Fixture f = fixture();
        Api.Reply noReason = API.send(Cases.request("cw1-jm", TestSettings.DEMO_PASSWORD, "POST", "/api/documents/"
                + f.document() + "/void", "{\"reason\":\" \"}").header("If-Match", "\"" + f.version() + "\""));
        assertEquals(400, noReason.status(), noReason.toString());
        Api.Reply stale = API.send(Cases.request("cw1-jm", TestSettings.DEMO_PASSWORD, "POST", "/api/documents/"
                + f.document() + "/void", "{\"reason\":\"Wrong case\"}").header("If-Match", "\"" + (f.version() + 7) + "\""));
        assertEquals(412, stale.status(), stale.toString());
        Api.Reply voided = API.send(Cases.request("cw1-jm", TestSettings.DEMO_PASSWORD, "POST", "/api/documents/"
                + f.document() + "/void", "{\"reason\":\"Wrong case\"}").header("If-Match", "\"" + f.version() + "\""));
        assertEquals(200, voided.status(), voided.toString());
        assertEquals(0, API.get(f.path() + "/documents", "cw1-jm").array().size(), "hidden from those who work on the case");
        assertEquals(404, API.get("/api/documents/" + f.document() + "/file", "cw1-jm").status());
        JsonObject seen = API.get(f.path() + "/documents", "sup-jm").array().getJsonObject(0);
        JsonObject mark = seen.getJsonObject("voided");
        assertEquals("cw1-jm", mark.getString("by"));
        assertEquals("Wrong case", mark.getString("reason"));
        assertFalse(mark.getString("at").isBlank());
        assertEquals(200, API.get("/api/documents/" + f.document() + "/file", "sup-jm").status(), "never deleted");
        assertEquals(1, Cases.count("select count(*) from audit_entry where action = 'STATE_CHANGE' and record_type = 'case_document'"
                + " and record_id = ? and detail = ?", Long.toString(f.document()), "voided case=" + f.id()));
    }

    @Test
    void aVictimsDocumentIsReadWhereverTheVictimIsAndRefusedElsewhere() {
        Fixture f = fixture();
        String v = "/api/victims/" + f.victim();
        Api.Reply d = Documents.upload(API, "fp-jm", v, "IDENTITY_DOCUMENT", "C:\\fakepath\\passport.pdf", Documents.PDF);
        assertEquals(201, d.status(), d.toString());
        assertEquals("passport.pdf", d.json().getString("fileName"), "no path parts kept");
        long id = d.json().getJsonNumber("id").longValue();
        assertEquals(1, API.get(v + "/documents", "sup-jm").array().size());
        long before = Documents.denied("cw1-bs", id, "JM");
        assertEquals(404, API.get("/api/documents/" + id + "/file", "cw1-bs").status());
        assertEquals(before + 1, Documents.denied("cw1-bs", id, "JM"), "Jamaica's supervisors see the attempt");
        assertEquals(404, API.get("/api/documents/987654321/file", "cw1-jm").status(), "a missing one answers the same");
    }

    private static long downloads(String id, String user) {
        return Cases.count("select count(*) from audit_entry where action = 'VIEW' and record_type = 'case_document'"
                + " and record_id = ? and username = ? and detail = 'download' and record_country = 'JM'", id, user);
    }

    private static void check(List<String> failures, String what, boolean ok) {
        if (!ok) {
            failures.add(what);
        }
    }

    private static long deniedWithCountry(String user, String type, long id) {
        return Cases.count("select count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED' and username = ?"
                + " and record_type = ? and record_id = ? and record_country = 'JM'", user, type, Long.toString(id));
    }
}
