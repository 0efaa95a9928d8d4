package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * An instance killed (SIGKILL) while 8 caseworkers save new cases (issue 14, run by {@code -Pfaults}): after
 * a restart on the same database every case whose creation the client saw acknowledged (201) is there with
 * its victim, no case or victim is half written, and the audit chain verifies with no gap.
 */
class CrashDuringWritesFaultIT {

    private static final String DB = "crash";
    private static final int WRITERS = 8;

    @Test
    void everyAcknowledgedCaseSurvivesAKillAndNothingIsHalfWritten() throws Exception {
        int port = CaseBridgeServer.freePort();
        CaseBridgeServer first = CaseBridgeServer.launch(DB, port, List.of());
        first.awaitReady();
        Api api = Api.rest(first);
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 500 && !stop.get(); i++) {
                    try {
                        Api.Reply r = api.post("/api/cases", "cw1-jm",
                                Cases.intake(Cases.details("crash-" + writer + "-" + i), Cases.victim("C" + writer + "x" + i)));
                        if (r.status() == 201) {
                            acknowledged.add(r.json().getJsonNumber("id").longValue());
                        }
                    } catch (IllegalStateException connectionGone) {
                        return null;
                    }
                }
                return null;
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        first.kill();
        stop.set(true);
        for (Future<?> f : writers) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        assertTrue(acknowledged.size() >= 40, "only " + acknowledged.size() + " cases written before the kill");

        CaseBridgeServer second = CaseBridgeServer.launch(DB, port, List.of());
        try {
            second.awaitReady();
            Api again = Api.rest(second);
            for (long id : acknowledged) {
                Api.Reply r = again.get("/api/cases/" + id, "cw1-jm");
                assertEquals(200, r.status(), "acknowledged case " + id + " after the restart: " + r);
                assertEquals(1, r.json().getJsonArray("victims").size(), "case " + id + " has its victim");
            }
            assertEquals(0, count("select count(*) from case_file c where not exists"
                    + " (select 1 from case_victim v where v.case_id = c.id)"), "cases without their victim");
            assertEquals(0, count("select count(*) from victim v where not exists"
                    + " (select 1 from case_victim c where c.victim_id = v.id)"), "victims without their case");
            assertEquals(0, count("select count(*) from case_file c where c.identification_place like 'crash-%' and not exists (select 1 from audit_entry a"
                    + " where a.record_type = 'case_file' and a.record_id = cast(c.id as varchar(64)) and a.action = 'CREATE')"),
                    "cases without their audit entry");
            Api.Reply verification = again.get("/api/audit/verification", "sup-jm");
            assertEquals(200, verification.status(), verification.toString());
            JsonObject result = verification.json();
            assertTrue(result.getBoolean("ok"), "the audit chain after the kill: " + result);
        } finally {
            second.stop();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestDatabases.connect(DB); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
