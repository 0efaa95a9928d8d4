package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebridge.domain.model.audit.AuditChain;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.Ed25519;
import org.casebridge.infrastructure.audit.AuditKeys;
import org.casebridge.infrastructure.audit.AuditVerifierCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two CaseBridge installations on loopback, each a full Payara Micro with the packaged WAR and a
 * database of its own: "jm" (the witnessed one) and "regional" (its witness). The witness fetches
 * jm's checkpoints, checks them with jm's pinned key, keeps a copy and countersigns it; jm shows who
 * witnessed what. An insider at jm with both keys then rewrites the chain and re-signs the checkpoints:
 * every check held at jm says "intact", but the witness's next fetch raises an alarm, and its copy
 * makes jm's own verifiers (REST and command line) report the rewrite.
 */
class WitnessIT {

    private static final String WITNESSED_DB = "witnessed";
    private static final String WITNESS_DB = "witness";
    /** Base64 of the witness's own 32-byte Ed25519 seed (the witnessed installation uses TestSettings.SIGNING_KEY). */
    private static final String WITNESS_SIGNING_KEY = Base64.getEncoder()
            .encodeToString("witness-tests-only-ed25519-seed!".getBytes(StandardCharsets.US_ASCII));

    private static CaseBridgeServer witnessed;
    private static CaseBridgeServer witness;
    private static Api jm;
    private static Api regional;

    @BeforeAll
    static void startTwoInstallations() throws IOException {
        int witnessedPort = CaseBridgeServer.freePort();
        int closedPort = CaseBridgeServer.freePort();
        witnessed = CaseBridgeServer.launch(WITNESSED_DB, witnessedPort, List.of(
                "-Dcasebridge.audit.witnesses=regional=" + publicKey(WITNESS_SIGNING_KEY),
                // only checkpoints the test asks for (and the timer's first), and none published: the insider
                // of this test controls everything at this installation
                "-Dcasebridge.audit.checkpoint-every-minutes=100000",
                "-Dcasebridge.audit.checkpoint-every-entries=1000000",
                "-Dcasebridge.audit.checkpoint-sink="));
        witness = CaseBridgeServer.launch(WITNESS_DB, CaseBridgeServer.freePort(), List.of(
                "-Dcasebridge.audit.signing-key=" + WITNESS_SIGNING_KEY,
                "-Dcasebridge.audit.witness.sources=jm=http://localhost:" + witnessedPort
                        + ",gone=http://127.0.0.1:" + closedPort,
                "-Dcasebridge.audit.witness.jm.public-key=" + publicKey(TestSettings.SIGNING_KEY),
                "-Dcasebridge.audit.witness.jm.user=admin",
                "-Dcasebridge.audit.witness.jm.password=" + TestSettings.DEMO_PASSWORD,
                "-Dcasebridge.audit.witness.gone.public-key=" + publicKey(TestSettings.SIGNING_KEY),
                "-Dcasebridge.audit.witness.timeout-seconds=5",
                "-Dcasebridge.audit.witness.every-minutes=0"));
        witnessed.awaitReady();
        witness.awaitReady();
        jm = Api.rest(witnessed);
        regional = Api.rest(witness);
    }

    @AfterAll
    static void stop() {
        for (CaseBridgeServer server : new CaseBridgeServer[] {witness, witnessed}) {
            if (server != null) {
                server.stop();
            }
        }
    }

    @Test
    void aWitnessCopyContradictsARewriteMadeWithBothKeysThatEveryCheckHeldByTheInsiderCallsIntact() throws Exception {
        ServerLog witnessLog = ServerLog.from(witness);
        ServerLog witnessedLog = ServerLog.from(witnessed);
        jm.get("/api/me", "cw1-jm");
        JsonObject first = checkpoint();
        long c1 = first.getJsonNumber("sequence").longValue();

        Map<String, JsonObject> run = witnessNow();
        assertEquals("OK", run.get("jm").getString("status"), run.toString());
        assertTrue(run.get("jm").getInt("stored") >= 1 && run.get("jm").getInt("delivered") >= 1, run.toString());
        assertEquals("UNREACHABLE", run.get("gone").getString("status"), "a witness unreachable is a warning: " + run);

        JsonObject listed = listedAt(c1);
        assertEquals("regional", listed.getJsonArray("witnesses").getJsonObject(0).getString("name"), listed.toString());
        Api browser = Api.withCookies(witnessed);
        Forms.login(browser, "sup-jm", TestSettings.DEMO_PASSWORD);
        Api.Reply screen = browser.get("/audit/log.xhtml");
        assertEquals(200, screen.status());
        assertTrue(screen.body().contains("Witnessed by") && screen.body().contains("regional ("),
                "the audit screen shows who witnessed the checkpoints");
        JsonObject held = heldCopy().stream().filter(i -> i.getJsonNumber("sequence").longValue() == c1).findFirst()
                .orElseThrow();
        assertEquals(first.getString("headHash"), held.getString("headHash"));
        assertEquals(first.getString("publicKey"), held.getString("publicKey"), "the copy carries jm's pinned key");

        jm.get("/api/me", "cw2-jm");
        long c2 = checkpoint().getJsonNumber("sequence").longValue();
        run = witnessNow();
        assertEquals("OK", run.get("jm").getString("status"), "the chain only grew: " + run);
        List<JsonObject> copy = heldCopy();
        assertTrue(copy.stream().anyMatch(i -> i.getJsonNumber("sequence").longValue() == c2), copy.toString());
        String savedCopy = regional.get("/api/audit/witness/sources/jm/checkpoints?size=200", "admin").body();
        Path copyFile = Files.createTempDirectory(TestDatabases.workDir(), "witness-copy").resolve("jm.json");
        Files.writeString(copyFile, savedCopy);
        long from = c1 - 1;
        long firstContradicted = copy.stream().mapToLong(i -> i.getJsonNumber("sequence").longValue())
                .filter(s -> s >= from).min().orElseThrow();

        try (AuditTamper db = new AuditTamper(WITNESSED_DB)) {
            // an insider at jm with the HMAC key and the signing key rewrites the chain and re-signs its checkpoints
            db.rewriteWithKey(from, "detail", "rewritten", new AuditChain(AuditKeys.hmac(TestSettings.HMAC_KEY)));
            db.deleteCheckpointsFrom(0);
            KeyPair keys = AuditKeys.keyPair(Base64.getDecoder().decode(TestSettings.SIGNING_KEY));
            for (long c : List.of(c1, c2)) {
                AuditCheckpoint forged = AuditCheckpoint.sign(c, (String) db.row(c).get("entry_hash"), Instant.now(),
                        keys.getPrivate());
                db.insertCheckpoint(c, forged.getHeadHash(), forged.getCreatedAt(), forged.getSignature());
            }
            JsonObject own = jm.get("/api/audit/verification", "sup-jm").json();
            assertTrue(own.getBoolean("ok"), "every check held at jm is laundered: " + own);

            JsonObject alarm = witnessNow().get("jm");
            assertEquals("ALARM", alarm.getString("status"), alarm.toString());
            assertTrue(alarm.getString("detail").contains("seq=" + c2) && alarm.getString("detail").contains("another head hash"),
                    alarm.toString());
            List<JsonObject> alarms = regional.get("/api/audit?action=ALARM&size=5", "sup-jm").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertTrue(alarms.stream().anyMatch(a -> a.getString("detail").startsWith("witnessed jm: checkpoint seq=" + c2)),
                    "the alarm is on the witness's trail for its administrators and supervisors: " + alarms);
            assertEquals(hashes(copy), hashes(heldCopy()), "the witness's copy is unchanged");

            JsonObject given = verifiedWith(savedCopy);
            assertFalse(given.getBoolean("ok"), "the witness's copy contradicts the rewrite: " + given);
            assertEquals(firstContradicted, given.getJsonNumber("firstBadSequence").longValue(), given.toString());
            Cli cli = cli(copyFile, first.getString("publicKey"));
            assertEquals(1, cli.exitCode(), cli.output());
            assertTrue(cli.output().contains("BROKEN at sequence " + firstContradicted), cli.output());
        }
        JsonObject restored = verifiedWith(savedCopy);
        assertTrue(restored.getBoolean("ok"), "the copy verifies the original chain: " + restored);
        assertEquals(0, cli(copyFile, first.getString("publicKey")).exitCode());
        assertEquals("OK", witnessNow().get("jm").getString("status"), "the original history agrees with the copy again");
        assertEquals(List.of(), witnessLog.settled().troubleLines(), "no stack trace at the witness");
        assertEquals(List.of(), witnessedLog.settled().troubleLines(), "no stack trace at the witnessed installation");
    }

    @Test
    void aCheckpointTheWitnessHoldsThatIsDeletedAtTheSourceIsAnAlarm() throws Exception {
        jm.get("/api/me", "fp-jm");
        long held = checkpoint().getJsonNumber("sequence").longValue();
        assertEquals("OK", witnessNow().get("jm").getString("status"));
        try (AuditTamper db = new AuditTamper(WITNESSED_DB)) {
            // no key needed: the owner deletes the newest checkpoints (to cut the tail after them unnoticed)
            db.deleteCheckpointsFrom(held);
            JsonObject alarm = witnessNow().get("jm");
            assertEquals("ALARM", alarm.getString("status"), alarm.toString());
            assertTrue(alarm.getString("detail").contains("seq=" + held + " held here is no longer listed"), alarm.toString());
        }
        assertEquals("OK", witnessNow().get("jm").getString("status"), "listed again once put back");
    }

    @Test
    void onlyAConfiguredWitnessesValidCountersignatureIsKeptAndOnlyAdministratorsAndSupervisorsListCheckpoints() {
        checkpoint();
        JsonObject c = checkpoint();
        long seq = c.getJsonNumber("sequence").longValue();
        String witnessKey = publicKey(WITNESS_SIGNING_KEY);
        String forgedBody = Json.createObjectBuilder().add("headHash", c.getString("headHash"))
                .add("createdAt", c.getString("createdAt")).add("signature", c.getString("signature"))
                .add("witnessedAt", Instant.now().toString())
                .add("countersignature", Base64.getEncoder().encodeToString(new byte[64])).add("publicKey", witnessKey)
                .build().toString();
        assertEquals(403, jm.post("/api/audit/checkpoints/" + seq + "/witnesses", "admin", forgedBody).status(),
                "a countersignature that does not verify with the witness's pinned key");
        String unknownWitness = forgedBody.replace(witnessKey, c.getString("publicKey"));
        assertEquals(403, jm.post("/api/audit/checkpoints/" + seq + "/witnesses", "admin", unknownWitness).status(),
                "a key that is no configured witness's");
        assertEquals(400, jm.post("/api/audit/checkpoints/x/witnesses", "admin", forgedBody).status());
        assertTrue(listedAt(seq).getJsonArray("witnesses").isEmpty());
        assertEquals(403, jm.get("/api/audit/checkpoints", "cw1-jm").status());
        assertEquals(403, jm.get("/api/audit/checkpoints", "analyst").status());
        assertEquals(403, regional.post("/api/audit/witness/run", "sup-jm", "").status(), "witnessing now is for administrators");
        JsonObject page = jm.get("/api/audit/checkpoints?size=1", "sup-jm").json();
        assertEquals(Ed25519.keyId(Ed25519.publicKey(page.getString("publicKey"))), page.getString("keyId"));
        assertEquals(1, page.getJsonArray("items").size());
        assertFalse(page.isNull("next"), "a full page continues with next: " + page);
    }

    private static JsonObject checkpoint() {
        Api.Reply r = jm.post("/api/audit/checkpoints", "sup-jm", "");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static Map<String, JsonObject> witnessNow() {
        Api.Reply r = regional.post("/api/audit/witness/run", "admin", "");
        assertEquals(200, r.status(), r.toString());
        Map<String, JsonObject> bySource = new HashMap<>();
        r.array().getValuesAs(JsonObject.class).forEach(o -> bySource.put(o.getString("source"), o));
        return bySource;
    }

    /** The checkpoint at {@code seq} as jm lists it to witnesses (paging through the list). */
    private static JsonObject listedAt(long seq) {
        String after = "";
        while (true) {
            JsonObject page = jm.get("/api/audit/checkpoints?size=200" + after, "admin").json();
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (item.getJsonNumber("sequence").longValue() == seq) {
                    return item;
                }
            }
            assertFalse(page.isNull("next"), "checkpoint " + seq + " is listed");
            after = "&after=" + page.getJsonNumber("next").longValue();
        }
    }

    private static List<JsonObject> heldCopy() {
        JsonObject page = regional.get("/api/audit/witness/sources/jm/checkpoints?size=200", "admin").json();
        assertEquals("jm", page.getString("source"));
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> hashes(List<JsonObject> items) {
        List<String> hashes = new ArrayList<>();
        items.forEach(i -> hashes.add(i.getJsonNumber("sequence") + ":" + i.getString("headHash")));
        return hashes;
    }

    /** jm's verification of its chain against the witness's copy, posted as the witness gave it. */
    private static JsonObject verifiedWith(String copy) {
        Api.Reply r = jm.post("/api/audit/verification/checkpoints", "sup-jm", copy);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static String publicKey(String seed) {
        return Ed25519.encode(AuditKeys.keyPair(Base64.getDecoder().decode(seed)).getPublic());
    }

    private record Cli(int exitCode, String output) {
    }

    private static Cli cli(Path checkpoints, String publicKey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = {"--url", TestDatabases.url(WITNESSED_DB), "--user", TestDatabases.user(), "--password",
            TestDatabases.password(), "--checkpoint", checkpoints.toString(), "--public-key", publicKey};
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = AuditVerifierCli.run(args, Map.of("CASEBRIDGE_AUDIT_HMAC_KEY", TestSettings.HMAC_KEY), print, print);
        return new Cli(code, out.toString(StandardCharsets.UTF_8));
    }
}
