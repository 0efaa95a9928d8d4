package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Backups that restore (issue 14), as docs/operations.md "Backups" tells an operator: {@code pg_dump -Fc} of a
 * CaseBridge database as the owner role, {@code pg_restore} into a fresh database owned by the owner role,
 * CaseBridge started on the copy and its audit chain verified against the checkpoint exported before the
 * dump ({@code POST /api/audit/verification}). A dump taken before the last writes, restored the same way,
 * has lost the tail of the trail that the exported checkpoint vouches for: the verification says so.
 * The {@code pg_dump} and {@code pg_restore} of the PATH are used, as an operator would.
 */
class BackupRestoreIT {

    private static final String SOURCE = "backupsource";
    private static final String RESTORED = "backuprestored";
    private static final String STALE = "backupstale";
    private static final long TOOL_SECONDS = 60;

    @Test
    void aDumpRestoresIntoAFreshDatabaseAndALostTailIsDetected() throws Exception {
        assumeTrue(TestDatabases.postgres(), "pg_dump and pg_restore back up PostgreSQL; the H2 demo database is"
                + " backed up by copying ./data with CaseBridge stopped");
        toolsMatchTheServer();
        Path dir = Files.createDirectories(TestDatabases.workDir().resolve("backups").toAbsolutePath());
        Path early = dir.resolve(SOURCE + "-early.dump");
        Path full = dir.resolve(SOURCE + "-full.dump");
        List<Long> before = new ArrayList<>();
        List<Long> after = new ArrayList<>();
        JsonObject checkpoint;

        CaseBridgeServer source = CaseBridgeServer.launch(SOURCE, CaseBridgeServer.freePort(), List.of());
        try {
            source.awaitReady();
            Api api = Api.rest(source);
            for (int i = 0; i < 3; i++) {
                before.add(create(api, "backup-before-" + i));
            }
            dump(SOURCE, early);
            // the last writes: more cases than the restored instance's own requests append before it verifies
            for (int i = 0; i < 12; i++) {
                after.add(create(api, "backup-after-" + i));
            }
            assertEquals(200, api.post("/api/audit/checkpoints", "sup-jm", "").status());
            Api.Reply exported = api.get("/api/audit/checkpoints/latest", "sup-jm");
            assertEquals(200, exported.status(), exported.toString());
            checkpoint = exported.json();
            dump(SOURCE, full);
        } finally {
            source.stop();
        }
        long sequence = checkpoint.getJsonNumber("sequence").longValue();
        assertTrue(lastSequence(SOURCE) >= sequence, "the source holds its checkpoint");

        restore(full, RESTORED);
        CaseBridgeServer restored = CaseBridgeServer.launch(RESTORED, CaseBridgeServer.freePort(), List.of());
        try {
            restored.awaitReady();
            Api api = Api.rest(restored);
            for (long id : concat(before, after)) {
                assertEquals(200, api.get("/api/cases/" + id, "cw1-jm").status(), "case " + id + " in the restored copy");
            }
            JsonObject verified = api.post("/api/audit/verification", "sup-jm", checkpoint.toString()).json();
            assertTrue(verified.getBoolean("ok"), "the restored chain against the exported checkpoint: " + verified);
            assertTrue(verified.getJsonNumber("lastSequence").longValue() >= sequence, verified.toString());
            assertTrue(api.get("/api/audit/verification", "sup-jm").json().getBoolean("ok"), "and the whole chain");
        } finally {
            restored.stop();
        }

        restore(early, STALE);
        assertTrue(lastSequence(STALE) < sequence - 10, "the early dump ends well before the checkpoint: "
                + lastSequence(STALE) + " vs " + sequence);
        CaseBridgeServer stale = CaseBridgeServer.launch(STALE, CaseBridgeServer.freePort(), List.of());
        try {
            stale.awaitReady();
            Api api = Api.rest(stale);
            assertEquals(200, api.get("/api/cases/" + before.get(0), "cw1-jm").status(), "the early writes are there");
            assertEquals(404, api.get("/api/cases/" + after.get(after.size() - 1), "cw1-jm").status(),
                    "the last writes are lost with the tail");
            JsonObject verified = api.post("/api/audit/verification", "sup-jm", checkpoint.toString()).json();
            assertFalse(verified.getBoolean("ok"), "a restore that lost the tail must not verify: " + verified);
            assertTrue(verified.getString("reason").contains("truncated after checkpoint " + sequence), verified.toString());
        } finally {
            stale.stop();
        }
    }

    private static long create(Api api, String place) {
        Api.Reply r = api.post("/api/cases", "cw1-jm", Cases.intake(Cases.details(place), Cases.victim("Backup")));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static long lastSequence(String db) throws SQLException {
        try (Connection c = TestDatabases.connect(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select max(seq) from audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** As operations.md: {@code pg_dump -Fc} as the role that owns the database. */
    private static void dump(String db, Path file) throws Exception {
        Files.deleteIfExists(file);
        run(List.of("pg_dump", "--host", host(), "--port", port(), "--username", TestDatabases.owner(),
                "--format=custom", "--file", file.toString(), TestDatabases.databaseName(db)));
        assertTrue(Files.size(file) > 0, "empty dump " + file);
    }

    /** As operations.md: a fresh database owned by the owner role, {@code pg_restore} as that role, all or nothing. */
    private static void restore(Path file, String db) throws Exception {
        String name = TestDatabases.databaseName(db); // created empty, owned by the owner role
        run(List.of("pg_restore", "--host", host(), "--port", port(), "--username", TestDatabases.owner(),
                "--dbname", name, "--exit-on-error", "--single-transaction", file.toString()));
    }

    private static void toolsMatchTheServer() throws Exception {
        int server;
        try (Connection c = TestDatabases.admin(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show server_version_num")) {
            rs.next();
            server = Integer.parseInt(rs.getString(1)) / 10000;
        }
        for (String tool : List.of("pg_dump", "pg_restore")) {
            String version = run(List.of(tool, "--version"));
            Matcher m = Pattern.compile("\\) (\\d+)").matcher(version);
            assertTrue(m.find(), tool + " --version: " + version);
            assertTrue(Integer.parseInt(m.group(1)) >= server, tool + " " + m.group(1) + " is older than the server ("
                    + server + "): install the matching postgresql-client");
        }
    }

    private static String run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", TestDatabases.ownerPassword());
        Path out = Files.createTempFile("casebridge-pgtool", ".log");
        try {
            Process p = pb.redirectOutput(out.toFile()).start();
            if (!p.waitFor(TOOL_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command.get(0) + " did not finish in " + TOOL_SECONDS + " s");
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + output);
            return output;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0) + " (Debian: apt-get install postgresql-client)", e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Host and port of casebridge.test.pg.url (jdbc:postgresql://host:port/). */
    private static String host() {
        return hostPort()[0];
    }

    private static String port() {
        String[] hp = hostPort();
        return hp.length > 1 ? hp[1] : "5432";
    }

    private static String[] hostPort() {
        String base = System.getProperty("casebridge.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
        String rest = base.substring("jdbc:postgresql://".length());
        int slash = rest.indexOf('/');
        return (slash < 0 ? rest : rest.substring(0, slash)).split(":");
    }
}
