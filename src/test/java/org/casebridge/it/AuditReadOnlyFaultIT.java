package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The audit trail unwritable for the application's role while everything else stays writable (issue 14, run by
 * {@code -Pfaults}, PostgreSQL with a separate owner): the owner revokes INSERT on audit_entry from the
 * application role. Every change is then refused as a whole, 503 problem+json with Retry-After (SQLSTATE 42501),
 * and nothing of it is saved: no case, victim or note without its audit entry. The log holds exactly one line per
 * refused request and no stack trace. Once the grant is back, changes are saved with their entries again and the
 * audit chain verifies.
 */
class AuditReadOnlyFaultIT {

    private static final String DB = "auditro";
    private static final List<String> TABLES = List.of("case_file", "victim", "case_note", "audit_entry");
    private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-f-]{36})");

    @Test
    void aChangeWhoseAuditEntryCannotBeWrittenIsRefusedAsAWholeAndTheChainVerifiesAfterwards() throws Exception {
        assumeTrue(TestDatabases.separateOwner(), "PostgreSQL with the application's own role (the owner revokes its grant)");
        CaseBridgeServer server = CaseBridgeServer.launch(DB, CaseBridgeServer.freePort(), List.of());
        boolean revoked = false;
        try {
            server.awaitReady();
            Api api = Api.rest(server);
            String token = Faults.token(api, "cw1-jm");
            JsonObject before = Cases.open(api, "cw1-jm", "auditro-before");
            String path = Cases.path(before);
            String note = Json.createObjectBuilder().add("text", "Called the shelter").build().toString();
            assertEquals(201, Faults.withToken(api, server, "POST", path + "/notes", token, note, null).status());
            Map<String, Long> counted = counts();
            ServerLog log = ServerLog.from(server);

            grant("revoke insert on audit_entry from " + TestDatabases.user());
            revoked = true;
            List<Faults.Timed> refused = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String intake = Cases.intake(Cases.details("auditro-during-" + i), Cases.victim("AuditRo" + i));
                refused.add(Faults.timed(() -> Faults.withToken(api, server, "POST", "/api/cases", token, intake, null)));
                refused.add(Faults.timed(() -> Faults.withToken(api, server, "POST", path + "/notes", token, note, null)));
            }
            for (Faults.Timed t : refused) {
                Faults.assertUnavailable(t.reply());
                assertEquals("60", t.reply().header("Retry-After"), t.toString());
            }
            Map<String, Long> during = counts();
            assertEquals(counted, during, "nothing of a refused change is saved");

            String text = log.settled().text();
            List<String> frames = Faults.stackFrames(log);
            assertTrue(frames.isEmpty(), "no stack trace in the log: " + frames);
            List<String> refusals = text.lines().filter(l -> l.contains("Database refuses writes")).toList();
            assertEquals(refused.size(), refusals.size(), "one log line per refused request: " + refusals);
            for (Faults.Timed t : refused) {
                Matcher m = INCIDENT.matcher(t.reply().json().getString("detail"));
                assertTrue(m.find(), "the answer names its incident: " + t);
                String incident = m.group(1);
                long lines = text.lines().filter(l -> l.contains(incident)).count();
                assertEquals(1, lines, "one log line for incident " + incident);
                assertTrue(refusals.stream().anyMatch(l -> l.contains(incident) && l.contains("SQLSTATE 42501")),
                        "the line names the incident and SQLSTATE 42501: " + refusals);
            }

            grant("grant insert on audit_entry to " + TestDatabases.user());
            revoked = false;
            Api.Reply created = Faults.withToken(api, server, "POST", "/api/cases", token,
                    Cases.intake(Cases.details("auditro-after"), Cases.victim("AuditRoAfter")), null);
            assertEquals(201, created.status(), created.toString());
            Api.Reply noted = Faults.withToken(api, server, "POST", path + "/notes", token, note, null);
            assertEquals(201, noted.status(), noted.toString());
            Map<String, Long> now = counts();
            assertEquals(counted.get("case_file") + 1, now.get("case_file"), "the case is saved again");
            assertEquals(counted.get("case_note") + 1, now.get("case_note"), "the note is saved again");
            assertTrue(now.get("audit_entry") >= counted.get("audit_entry") + 2, "with their audit entries: " + now);
            long created2 = created.json().getJsonNumber("id").longValue();
            assertEquals(1L, count("select count(*) from audit_entry where record_type = 'case_file' and record_id = '"
                    + created2 + "' and action = 'CREATE'"), "the new case's CREATE entry");
            assertEquals(0L, count("select count(*) from case_file c where c.identification_place like 'auditro-%'"
                    + " and not exists (select 1 from audit_entry a where a.record_type = 'case_file'"
                    + " and a.record_id = cast(c.id as varchar(64)) and a.action = 'CREATE')"),
                    "no case of this test without its CREATE entry");

            Api.Reply verification = api.get("/api/audit/verification", "sup-jm");
            assertEquals(200, verification.status(), verification.toString());
            assertTrue(verification.json().getBoolean("ok"), "the audit chain after the fault: " + verification.json());
            System.out.printf("AuditReadOnlyFaultIT: %d changes refused 503 in %d..%d ms; rows before/after the fault %s/%s;"
                    + " %d log lines for them; after the grant %s; chain %s%n",
                    refused.size(), refused.stream().mapToLong(Faults.Timed::millis).min().orElse(-1),
                    refused.stream().mapToLong(Faults.Timed::millis).max().orElse(-1), counted, during, refusals.size(), now,
                    verification.json());
        } finally {
            if (revoked) {
                grant("grant insert on audit_entry to " + TestDatabases.user());
            }
            server.stop();
        }
    }

    private static void grant(String sql) throws SQLException {
        try (Connection c = TestDatabases.connectAsOwner(DB); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count("select count(*) from " + table));
        }
        return counts;
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestDatabases.connectAsOwner(DB); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
