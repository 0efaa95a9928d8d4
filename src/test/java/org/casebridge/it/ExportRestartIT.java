package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An installation of its own, restarted: the jobs its previous process left QUEUED or RUNNING are FAILED
 * at start-up, with no file (a file is stored only with DONE); and an export over the configured size is
 * refused with a clear message and audited, not cut short.
 */
class ExportRestartIT {

    private static final String DB = "exportrestart";
    private static final String NODE = "test-" + DB;
    private static final List<String> OPTIONS = List.of("-Dcasebridge.export.max-rows=1");

    @Test
    void aRestartLeavesUnfinishedJobsFailedAndNeverAHalfFile() throws Exception {
        int port = CaseBridgeServer.freePort();
        CaseBridgeServer first = CaseBridgeServer.launch(DB, port, OPTIONS);
        long running;
        long queued;
        try {
            first.awaitReady();
            Api api = Api.rest(first);
            Api.Reply tooBig = api.post("/api/exports", "sup-jm", "{\"kind\":\"HTCDS_CASES\"}");
            assertEquals(400, tooBig.status(), tooBig.toString());
            assertTrue(tooBig.body().contains("more than the limit of 1"), tooBig.body());
            assertEquals(1, count("select count(*) from audit_entry where action = 'EXPORT' and outcome = 'FAILED'"
                    + " and username = 'sup-jm' and record_type = 'export_job' and detail like 'refused kind=HTCDS_CASES rows=% max=1 %'"));
            assertEquals(0, count("select count(*) from export_job"), "a refused export leaves no job");
        } finally {
            first.stop();
        }
        // what a process killed in the middle of two exports leaves behind
        running = insertJob("RUNNING", NODE);
        queued = insertJob("QUEUED", NODE);
        long elsewhere = insertJob("RUNNING", "another-node");

        CaseBridgeServer second = CaseBridgeServer.launch(DB, port, OPTIONS);
        try {
            second.awaitReady();
            Api api = Api.rest(second);
            for (long id : new long[] {running, queued}) {
                Api.Reply job = api.get("/api/exports/" + id, "sup-jm");
                assertEquals(200, job.status(), job.toString());
                assertEquals("FAILED", job.json().getString("status"), job.toString());
                assertTrue(job.json().getString("failure").contains("restarted"), job.toString());
                assertEquals(false, job.json().getBoolean("downloadable"));
                assertEquals(409, api.get("/api/exports/" + id + "/file", "sup-jm").status(), "no file to download");
            }
            assertEquals("RUNNING", api.get("/api/exports/" + elsewhere, "sup-jm").json().getString("status"),
                    "another node's job is that node's to recover");
            assertEquals(0, count("select count(*) from export_file"), "no file, not even half of one");
            assertEquals(1, count("select count(*) from audit_entry where action = 'STATE_CHANGE' and record_type = 'export_job'"
                    + " and username = 'system' and detail = 'failed at start-up count=2'"));
        } finally {
            second.stop();
        }
    }

    private static long insertJob(String status, String node) throws SQLException {
        try (Connection c = TestDatabases.connect(DB)) {
            long owner;
            try (PreparedStatement q = c.prepareStatement("select id from user_account where username = 'sup-jm'");
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                owner = rs.getLong(1);
            }
            long id;
            try (PreparedStatement q = c.prepareStatement("select coalesce(max(id), 0) + 1 from export_job"); ResultSet rs = q.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement insert = c.prepareStatement("insert into export_job (id, kind, format, owner_id, owner_country,"
                    + " filter_country, node, status, total_rows, row_count, started_at, version, created_by, created_at)"
                    + " values (?, 'HTCDS_CASES', 'CSV', ?, 'JM', 'JM', ?, ?, 100, 40, current_timestamp, 0, 'sup-jm', current_timestamp)")) {
                insert.setLong(1, id);
                insert.setLong(2, owner);
                insert.setString(3, node);
                insert.setString(4, status);
                insert.executeUpdate();
            }
            return id;
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestDatabases.connect(DB); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
