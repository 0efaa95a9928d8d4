package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Work that must run once in a cluster (issue 14): the timers fire on every instance, and only the one
 * holding the job's lease in the database runs. Two instances of the packaged WAR on one PostgreSQL
 * database (a cluster's database; H2 serves one instance) sweep deadlines every 2 seconds: together they
 * run the sweep about once every 2 seconds, not twice; when the instance running it is killed, the other
 * takes over at its next firing.
 */
class RunOnceClusterIT {

    private static final String DB = "runonce";
    private static final String SWEEP = "deadline-sweep";

    /** On the shared test server, whichever database: the sweep's lease is taken by it, with its name. */
    @Test
    void theTestServerTakesTheSweepLeaseUnderItsOwnName() throws Exception {
        CaseBridgeServer.get();
        long deadline = System.nanoTime() + Duration.ofSeconds(75).toNanos();
        Lease lease = lease(CaseBridgeServer.DB);
        while (lease.runs() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            lease = lease(CaseBridgeServer.DB);
        }
        assertTrue(lease.runs() > 0, "the sweep never ran: " + lease);
        assertTrue(lease.holder().startsWith("test-" + CaseBridgeServer.DB + "/"), lease.holder());
    }

    @Test
    void twoInstancesRunTheSweepOnceBetweenThemAndTheSurvivorTakesOver() throws Exception {
        assumeTrue(TestDatabases.postgres(), "a cluster's instances share a PostgreSQL database");
        CaseBridgeServer alpha = instance("alpha");
        alpha.awaitReady();
        CaseBridgeServer beta = instance("beta");
        try {
            beta.awaitReady();
            Lease start = lease(DB);
            long t0 = System.nanoTime();
            Thread.sleep(20_000);
            Lease end = lease(DB);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long runs = end.runs() - start.runs();
            // each instance fires every 2 s: without the lease about 2 runs a second between them, with it about 1 every 2 s
            assertTrue(runs <= seconds / 1.8 + 2, runs + " sweeps in " + seconds + " s by two instances firing every 2 s");
            assertTrue(runs >= seconds / 2 - 3, "only " + runs + " sweeps in " + seconds + " s");

            CaseBridgeServer holder = end.holder().startsWith("alpha/") ? alpha : beta;
            String survivor = holder == alpha ? "beta/" : "alpha/";
            holder.kill();
            long killed = System.nanoTime();
            Lease after = lease(DB);
            while (!after.holder().startsWith(survivor) && System.nanoTime() - killed < Duration.ofSeconds(15).toNanos()) {
                Thread.sleep(250);
                after = lease(DB);
            }
            assertTrue(after.holder().startsWith(survivor), "no take-over 15 s after the holder was killed: " + after);
            Thread.sleep(6_000);
            Lease later = lease(DB);
            assertTrue(later.runs() - after.runs() >= 2, "the survivor stopped sweeping: " + after + " then " + later);
            assertEquals(after.holder(), later.holder(), "the lease moved with only one instance left");
            assertNotEquals(end.holder(), later.holder());
        } finally {
            alpha.stop();
            beta.stop();
        }
    }

    private static CaseBridgeServer instance(String name) throws IOException {
        return CaseBridgeServer.launch(DB, CaseBridgeServer.freePort(), List.of(
                "-Dcasebridge.node-name=" + name, "-Dcasebridge.notification.sweep-seconds=2"));
    }

    record Lease(String holder, long runs) {
    }

    private static Lease lease(String db) throws SQLException {
        try (Connection c = TestDatabases.connect(db);
                PreparedStatement s = c.prepareStatement("select holder, runs from run_lease where name = ?")) {
            s.setString(1, SWEEP);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no lease row for " + SWEEP);
                return new Lease(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2));
            }
        }
    }
}
