package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebridge.infrastructure.audit.AuditVerifierCli;
import org.junit.jupiter.api.Test;

/** The audit trail as a supervisor and an attacker would meet it, against the running server. */
class AuditIT {

    private final Api api = Api.rest();

    @Test
    void viewsListsChangesAndRefusalsAreOnTheRecordWithTheIdsShown() {
        int agencyId = api.get("/api/agencies", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals("JM-SAFEHOUSE")).findFirst().orElseThrow().getInt("id");
        JsonObject users = api.get("/api/users?size=5", "sup-jm").json();
        String firstId = Integer.toString(users.getJsonArray("items").getJsonObject(0).getInt("id"));
        api.get("/api/users/" + firstId, "sup-jm");
        assertEquals(403, api.get("/api/audit", "cw1-jm").status());
        String etag = api.get("/api/agencies/" + agencyId, "admin").header("ETag");
        assertEquals(200, api.put("/api/agencies/" + agencyId, "admin", "{\"name\":\"Kingston Safe House\",\"type\":\"NGO\","
                + "\"countryCode\":\"JM\",\"services\":[\"SHELTER\",\"PSYCHOSOCIAL\"],\"contactAddress\":\"" + UUID.randomUUID()
                + "\"}", etag).status());

        entries("/api/audit?size=5", "sup-jm");
        List<JsonObject> log = entries("/api/audit?size=200", "sup-jm");
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("LIST") && e.getString("recordType").equals("user_account")
                && e.getString("username").equals("sup-jm") && e.getString("shownIds").contains(firstId)), "list with ids shown");
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("VIEW") && firstId.equals(e.getString("recordId", null))
                && e.getString("username").equals("sup-jm")), "view of one record");
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("UPDATE") && e.getString("recordType").equals("agency")
                && Integer.toString(agencyId).equals(e.getString("recordId", null))), "a change");
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("DENIED") && e.getString("username").equals("cw1-jm")
                && e.getString("outcome").equals("DENIED") && e.getString("recordType").equals("audit")), "a refusal");
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("LOGIN") && e.getString("username").equals("sup-jm")));
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("LIST") && e.getString("recordType").equals("audit")),
                "reading the audit log is itself audited");
    }

    @Test
    void aScreenRefusedByRoleIsOnTheRecord() {
        Api browser = Api.withCookies();
        Forms.login(browser, "cw2-jm", TestSettings.DEMO_PASSWORD);
        assertEquals(403, browser.get("/admin/users.xhtml").status());
        assertEquals(403, browser.get("/audit/log.xhtml").status());
        List<JsonObject> denied = entries("/api/audit?action=DENIED&username=cw2-jm&recordType=page&size=50", "sup-jm");
        assertTrue(denied.stream().anyMatch(e -> e.getString("detail", "").contains("/admin/users.xhtml")), denied.toString());
        assertTrue(denied.stream().anyMatch(e -> e.getString("detail", "").contains("/audit/log.xhtml")), denied.toString());
    }

    @Test
    void failedLoginsAreRecordedWithoutTheAttemptedPassword() throws SQLException {
        String wrong = "Canary-Password-" + UUID.randomUUID();
        assertEquals(401, Accounts.call(api, "cw2-jm", wrong).status());
        List<JsonObject> failed = entries("/api/audit?action=LOGIN_FAILED&username=cw2-jm&size=10", "sup-jm");
        assertFalse(failed.isEmpty());
        assertEquals("FAILED", failed.get(0).getString("outcome"));
        assertFalse(allAuditText().contains(wrong));
    }

    @Test
    void everyOtherRoleIsRefusedTheAuditLogAndTheRefusalIsRecorded() {
        for (String user : List.of("cw1-bs", "fp-bs", "partner1-bs", "analyst", "admin")) {
            for (String path : List.of("/api/audit", "/api/audit/verification",
                    "/api/audit/records/user_account/1", "/api/audit/checkpoints/latest")) {
                assertEquals(403, api.get(path, user).status(), user + " " + path);
            }
            Api.Reply export = api.send(java.net.http.HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/audit/export"))
                    .header("Accept", "text/csv").header("Authorization", Api.basic(user, TestSettings.DEMO_PASSWORD)));
            assertEquals(403, export.status(), user + " export");
            assertEquals(403, api.post("/api/audit/checkpoints", user, "").status(), user);
        }
        List<JsonObject> denied = entries("/api/audit?action=DENIED&username=fp-bs&size=50", "sup-bs");
        assertTrue(denied.size() >= 5, "each refusal is on the record: " + denied.size());
    }

    @Test
    void aSupervisorSeesOnlyTheirOwnCountrysEntries() {
        api.get("/api/me", "cw1-tt");
        api.get("/api/users?size=3", "sup-tt");
        List<JsonObject> jm = entries("/api/audit?size=200", "sup-jm");
        assertFalse(jm.isEmpty());
        for (JsonObject e : jm) {
            boolean mine = "JM".equals(e.getString("countryCode", null)) || "JM".equals(e.getString("recordCountry", null))
                    || "ALARM".equals(e.getString("action", null));
            assertTrue(mine, "sup-jm sees an entry of another country: " + e);
        }
        assertEquals(0, api.get("/api/audit?username=cw1-tt", "sup-jm").json().getInt("total"));
        assertTrue(api.get("/api/audit?username=cw1-tt", "sup-tt").json().getInt("total") > 0);
    }

    @Test
    void noAuditRowAndNoServerLogLineHoldsPersonalValuesTypedDuringTheTest() throws Exception {
        String canaryName = "Canaryname Zqxvw" + UUID.randomUUID().toString().substring(0, 6);
        String canaryAddress = "12 Canary Lane " + UUID.randomUUID();
        String username = "canary-" + UUID.randomUUID().toString().substring(0, 8);
        int agency = api.get("/api/agencies", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals("TT-SHELTER")).findFirst().orElseThrow().getInt("id");
        assertEquals(201, api.post("/api/users", "admin", "{\"username\":\"" + username + "\",\"displayName\":\"" + canaryName
                + "\",\"agencyId\":" + agency + ",\"roles\":[\"partner\"],\"password\":\"" + Accounts.PASSWORD + "\"}").status());
        JsonObject shelter = api.get("/api/agencies/" + agency, "admin").json();
        String etag = api.get("/api/agencies/" + agency, "admin").header("ETag");
        api.put("/api/agencies/" + agency, "admin", "{\"name\":\"" + shelter.getString("name") + "\",\"type\":\"NGO\","
                + "\"countryCode\":\"TT\",\"services\":[\"SHELTER\"],\"contactAddress\":\"" + canaryAddress + "\"}", etag);
        api.post("/api/users", "admin", "{\"username\":\"x" + username + "\",\"displayName\":\"" + canaryName
                + "\",\"agencyId\":" + agency + ",\"roles\":[\"partner\"],\"password\":\"short\"}");
        api.get("/api/users?filter=" + canaryName.split(" ")[1], "admin");

        // A victim's names, contact and story typed into a case, a bad intake and a search for them.
        String victimName = "Canaryvictim" + UUID.randomUUID().toString().substring(0, 6);
        String victimPhone = "+1876" + (5550000 + new java.util.Random().nextInt(9999));
        String story = "Canarystory " + UUID.randomUUID();
        jakarta.json.JsonObjectBuilder victim = Cases.victim("V-canary-" + UUID.randomUUID().toString().substring(0, 6))
                .add("givenName", victimName).add("contactPhone", victimPhone);
        Api.Reply opened = api.post("/api/cases", "cw1-tt", Cases.intake(Cases.details("Canaryplace " + victimName), victim));
        assertEquals(201, opened.status(), opened.toString());
        api.post(Cases.path(opened.json()) + "/notes", "cw1-tt", "{\"text\":\"" + story + "\"}");
        api.post("/api/cases", "cw1-tt", Cases.intake(Cases.details(victimName), Cases.victim("").add("givenName", victimName)));
        api.get("/api/cases?q=" + victimName, "cw1-tt");
        api.get("/api/cases?q=" + victimName + "%27%20or%201%3D1--", "cw1-tt");

        String audit = allAuditText();
        String log = Files.readString(CaseBridgeServer.get().log(), StandardCharsets.UTF_8);
        for (String canary : List.of(canaryName, canaryAddress, Accounts.PASSWORD, canaryName.split(" ")[1], victimName,
                victimPhone, story)) {
            assertFalse(audit.contains(canary), "audit rows hold '" + canary + "'");
            assertFalse(log.contains(canary), "server.log holds '" + canary + "'");
        }
    }

    @Test
    void theVerifierFindsAChangedADeletedAndASwappedEntryByItsSequenceNumber() throws Exception {
        for (String user : List.of("cw1-jm", "cw2-jm", "fp-jm", "sup-jm")) {
            api.get("/api/me", user);
        }
        assertTrue(verify().getBoolean("ok"), "the chain is intact before tampering: " + verify());
        try (AuditTamper db = new AuditTamper()) {
            long k = 3;
            Map<String, Object> original = db.row(k);
            db.set(k, "detail", "tampered");
            assertBrokenAt(k);
            db.restore(original);
            assertTrue(verify().getBoolean("ok"), "restored");

            db.delete(k);
            assertBrokenAt(k);
            db.restore(original);

            Map<String, Object> next = db.row(k + 1);
            Map<String, Object> swappedK = new java.util.LinkedHashMap<>(next);
            swappedK.put("seq", k);
            Map<String, Object> swappedNext = new java.util.LinkedHashMap<>(original);
            swappedNext.put("seq", k + 1);
            db.restore(swappedK);
            db.restore(swappedNext);
            assertBrokenAt(k);
            db.restore(original);
            db.restore(next);
            assertTrue(verify().getBoolean("ok"), "restored: " + verify());
        }
    }

    @Test
    void theCommandLineVerifierAgreesWithTheServer() throws Exception {
        api.get("/api/me", "cw1-jm");
        api.get("/api/me", "cw2-jm");
        Cli intact = cli();
        assertEquals(0, intact.exitCode(), intact.output());
        assertTrue(intact.output().lines().anyMatch(l -> l.startsWith("OK:") && !l.startsWith("OK: 0 ")), intact.output());
        try (AuditTamper db = new AuditTamper()) {
            Map<String, Object> original = db.row(2);
            db.set(2, "username", "someone-else");
            Cli broken = cli();
            assertEquals(1, broken.exitCode());
            assertTrue(broken.output().contains("BROKEN at sequence 2"), broken.output());
            db.restore(original);
        }
        assertEquals(0, cli().exitCode());
    }

    @Test
    void aChainRecomputedWithoutTheKeyIsDetected() throws Exception {
        api.get("/api/me", "cw1-jm");
        api.get("/api/me", "cw2-jm");
        try (AuditTamper db = new AuditTamper()) {
            Map<String, Object> first = db.row(1);
            Map<String, Object> second = db.row(2);
            // a forger without the key can only hash with something else, e.g. plain SHA-256
            String forged = sha256("forged" + first.get("entry_hash"));
            db.set(1, "entry_hash", forged);
            db.set(2, "prev_hash", forged);
            assertBrokenAt(1);
            db.restore(first);
            db.restore(second);
        }
        assertTrue(verify().getBoolean("ok"));
    }

    @Test
    void cuttingTheTailAfterTheLastExportedCheckpointIsDetected() throws Exception {
        for (int i = 0; i < 3; i++) {
            api.get("/api/me", "cw1-jm");
        }
        Api.Reply exported = api.post("/api/audit/checkpoints", "sup-jm", "");
        assertEquals(200, exported.status(), exported.toString());
        JsonObject checkpoint = exported.json();
        long c = checkpoint.getJsonNumber("sequence").longValue();
        try (AuditTamper db = new AuditTamper()) {
            List<Map<String, Object>> tail = db.rowsFrom(c - 2);
            db.deleteFrom(c - 2);
            JsonObject fromCheckpoint = api.post("/api/audit/verification", "sup-jm", checkpoint.toString()).json();
            assertFalse(fromCheckpoint.getBoolean("ok"), fromCheckpoint.toString());
            JsonObject whole = verify();
            assertFalse(whole.getBoolean("ok"), "the stored checkpoint reveals the cut too: " + whole);
            for (Map<String, Object> row : tail) {
                db.restore(row);
            }
        }
        JsonObject after = api.post("/api/audit/verification", "sup-jm", checkpoint.toString()).json();
        assertTrue(after.getBoolean("ok"), after.toString());
    }

    @Test
    void afterATamperTheAppendOnlyTriggerRefusesChangesAgain() throws Exception {
        api.get("/api/me", "cw1-jm");
        try (AuditTamper db = new AuditTamper()) {
            db.set(1, "detail", "tampered");
        }
        Map<String, Object> first;
        // as the owner: the application's own role may not even try (no UPDATE or DELETE granted); the owner meets the trigger
        try (Connection c = TestDatabases.connectAsOwner(CaseBridgeServer.DB)) {
            c.setAutoCommit(true);
            first = firstEntry(c);
            assertThrows(SQLException.class, () -> update(c, "update audit_entry set detail = 'x' where seq = 1"));
            assertThrows(SQLException.class, () -> update(c, "delete from audit_entry where seq = 1"));
            assertEquals(first, firstEntry(c), "the refused changes left the row as it was");
        }
        assertTrue(verify().getBoolean("ok"), "the tampered row was put back: " + verify());
    }

    @Test
    void aTamperTestThatFailsHalfWayStillLeavesTheChainAndTheTriggerAsTheyWere() throws Exception {
        api.get("/api/me", "cw1-jm");
        api.get("/api/me", "cw2-jm");
        AssertionError failed = assertThrows(AssertionError.class, () -> {
            try (AuditTamper db = new AuditTamper()) {
                db.set(2, "username", "someone-else");
                db.deleteFrom(db.maxSeq() - 1);
                assertTrue(verify().getBoolean("ok"), "a test failing while the chain is tampered with");
            }
        });
        assertTrue(failed.getMessage().contains("a test failing"), failed.getMessage());
        assertTrue(verify().getBoolean("ok"), "closing the tamper put every row back: " + verify());
        try (Connection c = TestDatabases.connectAsOwner(CaseBridgeServer.DB)) {
            c.setAutoCommit(true);
            assertThrows(SQLException.class, () -> update(c, "update audit_entry set detail = 'x' where seq = 2"));
        }
    }

    @Test
    void aChainRewrittenWithTheKeyIsNotSignedAndRaisesAnAlarmForAdministratorsAndSupervisors() throws Exception {
        api.get("/api/me", "cw1-jm");
        JsonObject before = checkpoint();
        long c = before.getJsonNumber("sequence").longValue();
        api.get("/api/me", "cw2-jm");
        try (AuditTamper db = new AuditTamper()) {
            db.rewriteWithKey(c - 1, "detail", "rewritten", chain());
            // the checkpoint timer may have signed the chain once more before the rewrite (seen once in CI): read
            // what is signed after it; from the rewrite on, nothing more may be
            long signed = api.get("/api/audit/checkpoints/latest", "sup-jm").json().getJsonNumber("sequence").longValue();
            assertTrue(signed >= c, "the checkpoint made above is there");
            Api.Reply refused = api.post("/api/audit/checkpoints", "sup-jm", "");
            assertEquals(409, refused.status(), refused.toString());
            assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused.toString());
            assertFalse(refused.body().contains("Exception"), refused.body());
            assertEquals(signed, api.get("/api/audit/checkpoints/latest", "sup-jm").json().getJsonNumber("sequence").longValue(),
                    "nothing new was signed over the rewritten chain");
            JsonObject alarm = latestAlarm();
            assertTrue(alarm.getString("detail").contains("checkpoint refused"), alarm.toString());
            assertEquals("FAILED", alarm.getString("outcome"));
            JsonObject verification = verify();
            assertFalse(verification.getBoolean("ok"), verification.toString());
            assertEquals(c, verification.getJsonNumber("firstBadSequence").longValue(), verification.toString());
            for (String user : List.of("admin", "sup-jm", "sup-bs")) {
                assertTrue(homePage(user).contains("Audit alarm"), user + " sees the alarm on the next page");
            }
            assertFalse(homePage("cw1-jm").contains("Audit alarm"), "a caseworker is not shown the alarm");
        }
        assertTrue(verify().getBoolean("ok"), "the rewrite was undone: " + verify());
        assertEquals(200, api.post("/api/audit/checkpoints", "sup-jm", "").status(), "signing works again");
    }

    @Test
    void theTimerDoesNotSignAChainRewrittenWithTheKeyButRaisesAnAlarm() throws Exception {
        JsonObject signed = checkpoint();
        long c = signed.getJsonNumber("sequence").longValue();
        api.get("/api/me", "cw1-jm");
        try (AuditTamper db = new AuditTamper()) {
            db.rewriteWithKey(c - 1, "detail", "rewritten-for-the-timer", chain());
            long rewritten = db.maxSeq();
            long latest = api.get("/api/audit/checkpoints/latest", "sup-jm").json().getJsonNumber("sequence").longValue();
            // the test server's timer looks every minute and would sign as soon as the chain moved
            JsonObject alarm = null;
            for (int i = 0; i < 150 && alarm == null; i++) {
                alarm = entries("/api/audit/security-events?size=20", "admin").stream()
                        .filter(e -> "ALARM".equals(e.getString("action")) && "system".equals(e.getString("username", null))
                                && e.getJsonNumber("sequence").longValue() > rewritten)
                        .findFirst().orElse(null);
                if (alarm == null) {
                    Thread.sleep(500);
                }
            }
            assertTrue(alarm != null, "the timer raised an alarm within 75 s");
            assertTrue(alarm.getString("detail").contains("checkpoint refused"), alarm.toString());
            assertEquals(latest, api.get("/api/audit/checkpoints/latest", "sup-jm").json().getJsonNumber("sequence")
                    .longValue(), "the timer signed nothing over the rewritten chain");
        }
        assertTrue(verify().getBoolean("ok"), "restored: " + verify());
    }

    @Test
    void aCheckpointRowWithABadSignatureIsAnAlarmAndNeverUsedAsACheckpoint() throws Exception {
        JsonObject real = checkpoint();
        long c = real.getJsonNumber("sequence").longValue();
        api.get("/api/me", "cw1-jm");
        try (AuditTamper db = new AuditTamper()) {
            Object[] head = db.head();
            long fake = (Long) head[0];
            // what the application's own database role can do: insert a row into audit_checkpoint
            db.insertCheckpoint(fake, (String) head[1], java.time.Instant.now(), "Zm9yZ2VkIHNpZ25hdHVyZQ==");
            assertEquals(c, api.get("/api/audit/checkpoints/latest", "sup-jm").json().getJsonNumber("sequence").longValue(),
                    "the export skips the row with the bad signature");
            JsonObject verification = verify();
            assertFalse(verification.getBoolean("ok"), verification.toString());
            assertEquals(fake, verification.getJsonNumber("firstBadSequence").longValue(), verification.toString());
            assertTrue(verification.getString("reason").contains("signature"), verification.toString());
            Cli cli = cli("--public-key", real.getString("publicKey"));
            assertEquals(1, cli.exitCode(), cli.output());
            assertTrue(cli.output().contains("BROKEN at sequence " + fake), cli.output());

            JsonObject signed = checkpoint();
            assertTrue(signed.getJsonNumber("sequence").longValue() > fake, "a new checkpoint is signed, not 'unchanged': "
                    + signed);
            assertTrue(latestAlarm().getString("detail").contains("seq=" + fake + " has a bad signature"));
        }
        assertTrue(verify().getBoolean("ok"), "the fake row was removed: " + verify());
    }

    @Test
    void everyStoredAndEveryGivenCheckpointCountsNotOnlyTheNewest() throws Exception {
        api.get("/api/me", "cw1-jm");
        JsonObject older = checkpoint();
        long c = older.getJsonNumber("sequence").longValue();
        api.get("/api/me", "cw2-jm");
        Path published = Files.createTempDirectory(TestDatabases.workDir(), "published");
        Files.writeString(published.resolve("checkpoint-" + c + ".json"), older.toString());
        try (AuditTamper db = new AuditTamper()) {
            // an insider with both keys rewrites the chain and signs a newest checkpoint that agrees with it
            db.rewriteWithKey(c - 1, "detail", "rewritten", chain());
            Object[] head = db.head();
            org.casebridge.domain.model.audit.AuditCheckpoint forged = org.casebridge.domain.model.audit.AuditCheckpoint
                    .sign((Long) head[0], (String) head[1], java.time.Instant.now(), org.casebridge.infrastructure.audit
                            .AuditKeys.keyPair(java.util.Base64.getDecoder().decode(TestSettings.SIGNING_KEY)).getPrivate());
            db.insertCheckpoint(forged.getSequence(), forged.getHeadHash(), forged.getCreatedAt(), forged.getSignature());

            JsonObject whole = verify();
            assertFalse(whole.getBoolean("ok"), "the older stored checkpoint contradicts the rewrite: " + whole);
            assertEquals(c, whole.getJsonNumber("firstBadSequence").longValue(), whole.toString());
            JsonObject given = api.post("/api/audit/verification", "sup-jm", older.toString()).json();
            assertFalse(given.getBoolean("ok"), given.toString());
            assertEquals(c, given.getJsonNumber("firstBadSequence").longValue(), given.toString());
            Cli cli = cli("--checkpoint", published.toString(), "--public-key", older.getString("publicKey"));
            assertEquals(1, cli.exitCode(), cli.output());
            assertTrue(cli.output().contains("BROKEN at sequence " + c), cli.output());
        }
        assertTrue(verify().getBoolean("ok"), "restored: " + verify());
        Cli intact = cli("--checkpoint", published.toString(), "--public-key", older.getString("publicKey"));
        assertEquals(0, intact.exitCode(), intact.output());
    }

    @Test
    void anUnreadableStoredValueIsReportedAtItsOwnSequenceWithoutAFailure() throws Exception {
        api.get("/api/me", "cw1-tt");
        long k = entries("/api/audit?username=cw1-tt&size=1", "sup-tt").get(0).getJsonNumber("sequence").longValue();
        JsonObject exported = checkpoint("sup-tt");
        try (AuditTamper db = new AuditTamper()) {
            ServerLog log = ServerLog.from();
            db.set(k, "action", "NOT_AN_ACTION");
            JsonObject verification = verify();
            assertFalse(verification.getBoolean("ok"), verification.toString());
            assertEquals(k, verification.getJsonNumber("firstBadSequence").longValue(), verification.toString());
            Api.Reply given = api.post("/api/audit/verification", "sup-tt", exported.toString());
            assertEquals(200, given.status(), given.toString());
            assertEquals(k, given.json().getJsonNumber("firstBadSequence").longValue(), given.toString());
            Api.Reply list = api.get("/api/audit?size=200", "sup-tt");
            assertEquals(200, list.status(), list.toString());
            Api browser = Api.withCookies();
            Forms.login(browser, "sup-tt", TestSettings.DEMO_PASSWORD);
            Api.Reply page = browser.get("/audit/log.xhtml");
            assertEquals(200, page.status());
            for (String name : List.of("jakarta.ejb", "EJBTransactionRolledbackException", "PersistenceException",
                    "IllegalArgumentException")) {
                assertFalse(page.body().contains(name), "no class name on the screen: " + name);
            }
            assertTrue(page.body().contains(">" + k + "<"), "the entry is listed");
            Cli cli = cli();
            assertTrue(cli.output().contains("BROKEN at sequence " + k), cli.output());
            String text = log.settled().text();
            assertTrue(text.contains("BROKEN at sequence " + k), "the log names the entry: " + text);
            assertEquals(List.of(), log.troubleLines(), "no stack trace or exception in the log");
        }
        assertTrue(verify().getBoolean("ok"), "restored: " + verify());
    }

    @Test
    void cuttingTheTailWithTheHeadResetAndTheStoredCheckpointsDeletedIsCaughtByThePublishedOnes() throws Exception {
        api.get("/api/me", "cw1-jm");
        JsonObject first = checkpoint();
        long c = first.getJsonNumber("sequence").longValue();
        Path published = TestDatabases.publishedCheckpoints(CaseBridgeServer.DB);
        assertTrue(Files.exists(published.resolve(String.format("checkpoint-%019d.json", c))), "published at once");
        api.get("/api/me", "cw2-jm");
        checkpoint();
        try (AuditTamper db = new AuditTamper()) {
            // no key needed: delete the newest entries and checkpoints and reset the head to what is left
            db.deleteCheckpointsFrom(c);
            db.cutTail(c - 2);
            assertTruncationCaught(first, published);
        }
        assertTrue(verify().getBoolean("ok"), "restored: " + verify());
    }

    @Test
    void deletingEveryEntryAndCheckpointWithTheHeadResetToTheStartIsCaughtByThePublishedOnes() throws Exception {
        JsonObject first = checkpoint();
        Path published = TestDatabases.publishedCheckpoints(CaseBridgeServer.DB);
        try (AuditTamper db = new AuditTamper()) {
            db.deleteCheckpointsFrom(0);
            db.cutTail(0);
            assertTruncationCaught(first, published);
        }
        assertTrue(verify().getBoolean("ok"), "restored: " + verify());
    }

    private void assertTruncationCaught(JsonObject published, Path directory) {
        JsonObject whole = verify();
        assertFalse(whole.getBoolean("ok"), "the screen and REST read the published checkpoints: " + whole);
        Cli cli = cli("--checkpoint", directory.toString(), "--public-key", published.getString("publicKey"));
        assertEquals(1, cli.exitCode(), cli.output());
        assertTrue(cli.output().contains("BROKEN at sequence"), cli.output());
        assertEquals(409, api.post("/api/audit/checkpoints", "sup-jm", "").status(),
                "nothing is signed over a chain shorter than a published checkpoint");
    }

    private JsonObject checkpoint() {
        return checkpoint("sup-jm");
    }

    private JsonObject checkpoint(String supervisor) {
        Api.Reply r = api.post("/api/audit/checkpoints", supervisor, "");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private JsonObject latestAlarm() {
        List<JsonObject> alarms = entries("/api/audit?action=ALARM&size=1", "sup-jm");
        assertFalse(alarms.isEmpty(), "an ALARM entry is on the trail");
        return alarms.get(0);
    }

    private static String homePage(String user) {
        Api browser = Api.withCookies();
        Forms.login(browser, user, TestSettings.DEMO_PASSWORD);
        Api.Reply home = browser.get("/index.xhtml");
        assertEquals(200, home.status(), home.toString());
        return home.body();
    }

    private static org.casebridge.domain.model.audit.AuditChain chain() {
        return new org.casebridge.domain.model.audit.AuditChain(
                org.casebridge.infrastructure.audit.AuditKeys.hmac(TestSettings.HMAC_KEY));
    }

    private static Map<String, Object> firstEntry(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select seq, detail, entry_hash from audit_entry where seq = 1")) {
            rs.next();
            return Map.of("seq", rs.getLong(1), "detail", String.valueOf(rs.getString(2)), "hash", rs.getString(3));
        }
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private void assertBrokenAt(long seq) {
        JsonObject result = verify();
        assertFalse(result.getBoolean("ok"), result.toString());
        assertEquals(seq, result.getJsonNumber("firstBadSequence").longValue(), result.toString());
    }

    private JsonObject verify() {
        Api.Reply r = api.get("/api/audit/verification", "sup-tt");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private List<JsonObject> entries(String path, String user) {
        Api.Reply r = api.get(path, user);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String allAuditText() throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection c = TestDatabases.connect(CaseBridgeServer.DB); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select * from audit_entry")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    text.append(rs.getString(i)).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private record Cli(int exitCode, String output) {
    }

    private static Cli cli(String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("--url", TestDatabases.url(CaseBridgeServer.DB),
                "--user", TestDatabases.user(), "--password", TestDatabases.password()));
        args.addAll(List.of(more));
        int code = AuditVerifierCli.run(args.toArray(String[]::new),
                Map.of("CASEBRIDGE_AUDIT_HMAC_KEY", TestSettings.HMAC_KEY), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Cli(code, out.toString(StandardCharsets.UTF_8));
    }

    private static String sha256(String s) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
