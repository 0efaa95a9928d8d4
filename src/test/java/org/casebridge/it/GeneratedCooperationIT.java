package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.casebridge.infrastructure.generator.CaseGenerator;
import org.junit.jupiter.api.Test;

/**
 * Generated cooperation requests in the running application: the generator writes 1,500 cases
 * into the test server's database (as the command line would), Jamaica's focal point finds generated
 * requests in both directions of its list and opens one, and a request it then sends gets the reference
 * after the generated ones. The generated rows are removed again, so that the other tests see the demo
 * data only.
 */
class GeneratedCooperationIT {

    private static final Api API = Api.rest();
    private static final int CASES = 1500;

    @Test
    void generatedRequestsAreListedOpenedAndFollowedByAFreshReference() throws SQLException {
        CaseBridgeServer.get();
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        ServerLog log = ServerLog.from();
        try (Connection db = TestDatabases.connectAsOwner(CaseBridgeServer.DB)) {
            CaseGenerator.Result result = new CaseGenerator(db, new CaseGenerator.Options(CASES, 20261203L, 200, true,
                    LocalDate.now(ZoneOffset.UTC)), null).run();
            try {
                assertTrue(result.requests() > CASES / 6, "requests generated: " + result.requests());

                for (String direction : List.of("INCOMING", "OUTGOING")) {
                    Set<Long> generated = ids(db, "select id from cooperation_request where created_by = 'generator' and "
                            + (direction.equals("INCOMING") ? "requested_country = 'JM' and status <> 'DRAFT'"
                                    : "requesting_country = 'JM'"));
                    assertTrue(!generated.isEmpty(), "generated " + direction + " requests of Jamaica");
                    Api.Reply list = API.get(Cooperation.API + "?direction=" + direction + "&size=200", "fp-jm");
                    assertEquals(200, list.status(), list.toString());
                    Set<Long> listed = new HashSet<>();
                    list.json().getJsonArray("items").getValuesAs(JsonObject.class)
                            .forEach(o -> listed.add(o.getJsonNumber("id").longValue()));
                    assertTrue(listed.containsAll(generated), direction + ": every generated request is listed");
                    assertTrue(list.json().getJsonNumber("total").longValue() >= generated.size());
                }

                long incoming = single(db, "select max(id) from cooperation_request where created_by = 'generator'"
                        + " and requested_country = 'JM' and status = 'CLOSED'");
                Api.Reply sheet = API.get(Cooperation.API + "/" + incoming, "fp-jm");
                assertEquals(200, sheet.status(), sheet.toString());
                assertEquals("CLOSED", sheet.json().getString("status"));
                assertTrue(sheet.json().getJsonArray("messages").size() >= 1, "with its thread: " + sheet.body());
                assertNotNull(sheet.json().getJsonObject("extract"));

                long lastGenerated = single(db, "select max(cast(substring(reference, 12, 5) as integer)) from cooperation_request"
                        + " where created_by = 'generator' and reference like 'JM-CR-" + year + "-%'");
                assertTrue(lastGenerated > 0, "generated references of Jamaica this year");
                JsonObject c = Cases.open(API, "fp-jm", "GEN-IT-" + UUID.randomUUID());
                JsonObject sent = Cooperation.create(API, "fp-jm", Cooperation.body(c, "BS", false, "CASE_NUMBER", "EXPLOITATION"));
                String reference = sent.getString("reference");
                assertTrue(reference.startsWith("JM-CR-" + year + "-"), reference);
                long number = Long.parseLong(reference.substring(11));
                assertTrue(number > lastGenerated, "after the generated ones: " + reference + " > " + lastGenerated);
                assertEquals(number, single(db, "select last_value from cooperation_reference_counter where country_code = 'JM'"
                        + " and year_number = " + year), "taken from the counter the generator moved on");
            } finally {
                removeGenerated(db);
            }
        }
        assertEquals(List.of(), log.settled().troubleLines(), "no stack trace in the server log");
    }

    /** Everything the generator wrote, children first (the counters stay moved on, as after any run). */
    private static void removeGenerated(Connection db) throws SQLException {
        String cases = "(select id from case_file where created_by = 'generator')";
        try (Statement s = db.createStatement()) {
            for (String sql : List.of(
                    "delete from cooperation_message where request_id in (select id from cooperation_request where created_by = 'generator')",
                    "delete from cooperation_request where created_by = 'generator'",
                    "delete from referral where created_by = 'generator'",
                    "delete from victim_consent where victim_id in (select id from victim where created_by = 'generator')",
                    "delete from case_event where case_id in " + cases,
                    "delete from case_note where case_id in " + cases,
                    "delete from case_team where case_id in " + cases,
                    "delete from case_exploitation where case_id in " + cases,
                    "delete from case_victim where case_id in " + cases,
                    "delete from victim where created_by = 'generator'",
                    "delete from case_file where created_by = 'generator'",
                    "delete from user_role where user_id in (select id from user_account where created_by = 'generator')",
                    "delete from user_account where created_by = 'generator'",
                    "delete from agency_service where agency_id in (select id from agency where created_by = 'generator')",
                    "delete from agency where created_by = 'generator'")) {
                s.executeUpdate(sql);
            }
        }
    }

    private static Set<Long> ids(Connection db, String sql) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
