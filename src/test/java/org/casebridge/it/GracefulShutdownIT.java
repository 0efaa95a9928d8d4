package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A graceful stop (issue 14): SIGTERM to an instance started with Payara Micro's {@code --shutdowngrace}
 * (here as {@code -Dfish.payara.shutdowngrace}, what the option sets) turns readiness DOWN at once, lets a
 * request in flight finish and be acknowledged, and the process ends within the grace period plus Payara's
 * own stop. The slow request is a new case whose audit append waits for the audit head row, locked by the
 * test until after the SIGTERM.
 */
class GracefulShutdownIT {

    private static final String DB = "graceful";
    private static final long GRACE_MILLIS = 10_000;
    /** What Payara needs to stop after the grace period (undeploy, close the pool), generously. */
    private static final Duration STOP = Duration.ofSeconds(30);

    @Test
    void aRequestInFlightFinishesAfterSigtermAndTheProcessEndsWithinTheBound() throws Exception {
        assumeTrue(TestDatabases.postgres(), "the slow request waits on a row lock held by the test; H2 gives up a"
                + " lock wait after its lock timeout, PostgreSQL waits");
        CaseBridgeServer server = CaseBridgeServer.launch(DB, CaseBridgeServer.freePort(),
                List.of("-Dfish.payara.shutdowngrace=" + GRACE_MILLIS));
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            server.awaitReady();
            Api api = Api.rest(server);
            assertEquals(201, api.post("/api/cases", "cw1-jm", Cases.intake(Cases.details("graceful-warmup"),
                    Cases.victim("Warm"))).status());
            CompletableFuture<Api.Reply> slow;
            long terminated;
            try (Connection lock = TestDatabases.connect(DB)) {
                lock.setAutoCommit(false);
                try (Statement s = lock.createStatement()) {
                    s.executeQuery("select * from audit_head for update").close();
                }
                slow = CompletableFuture.supplyAsync(() -> api.post("/api/cases", "cw1-jm",
                        Cases.intake(Cases.details("graceful-inflight"), Cases.victim("Flight"))), client);
                awaitLockWaiter(DB, Duration.ofSeconds(20));
                server.terminate();
                terminated = System.nanoTime();
                Api.Reply ready = awaitNotReady(api, Duration.ofSeconds(5));
                assertEquals(503, ready.status(), "readiness after SIGTERM: " + ready);
                assertTrue(ready.body().contains("accepting-requests"), ready.body());
                Thread.sleep(2_000);
                assertTrue(!slow.isDone(), "the request was still waiting when the lock was released");
                lock.commit();
            }
            Api.Reply reply = slow.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            assertEquals(201, reply.status(), "the request in flight at SIGTERM: " + reply);
            long id = reply.json().getJsonNumber("id").longValue();
            assertTrue(server.awaitExit(Duration.ofMillis(GRACE_MILLIS).plus(STOP)), "the process did not end within "
                    + GRACE_MILLIS + " ms grace + " + STOP.toSeconds() + " s");
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - terminated);
            System.out.println("GracefulShutdownIT: process ended " + seconds + " s after SIGTERM (grace "
                    + GRACE_MILLIS / 1000 + " s)");
            try (Connection c = TestDatabases.connect(DB);
                    PreparedStatement s = c.prepareStatement("select count(*) from case_file where id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getLong(1), "the acknowledged case is committed");
                }
            }
        } finally {
            client.shutdownNow();
            server.stop();
        }
    }

    /** Without a grace period (Payara's default) SIGTERM does not wait for the request in flight: it gets no answer. */
    @Test
    void withoutAGracePeriodARequestInFlightIsCutOff() throws Exception {
        assumeTrue(TestDatabases.postgres(), "the slow request waits on a row lock held by the test; H2 gives up a"
                + " lock wait after its lock timeout, PostgreSQL waits");
        CaseBridgeServer server = CaseBridgeServer.launch(DB + "nograce", CaseBridgeServer.freePort(), List.of());
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            server.awaitReady();
            Api api = Api.rest(server);
            CompletableFuture<Api.Reply> slow;
            try (Connection lock = TestDatabases.connect(DB + "nograce")) {
                lock.setAutoCommit(false);
                try (Statement s = lock.createStatement()) {
                    s.executeQuery("select * from audit_head for update").close();
                }
                slow = CompletableFuture.supplyAsync(() -> api.post("/api/cases", "cw1-jm",
                        Cases.intake(Cases.details("graceful-cutoff"), Cases.victim("Cut"))), client);
                awaitLockWaiter(DB + "nograce", Duration.ofSeconds(20));
                server.terminate();
                assertTrue(server.awaitExit(STOP), "the process did not end within " + STOP.toSeconds()
                        + " s of SIGTERM while a request waited");
                lock.rollback();
            }
            Api.Reply reply;
            try {
                reply = slow.get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException cutOff) {
                reply = null; // the connection was closed without an answer
            }
            assertTrue(reply == null || reply.status() >= 500, "no acknowledgement without a grace period: " + reply);
            try (Connection c = TestDatabases.connect(DB + "nograce"); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from case_file where identification_place = 'graceful-cutoff'")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "the cut-off request saved nothing");
            }
        } finally {
            client.shutdownNow();
            server.stop();
        }
    }

    /** Waits until CaseBridge's connection waits for the test's lock (the request is in flight). */
    private static void awaitLockWaiter(String db, Duration bound) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        try (Connection c = TestDatabases.admin(); PreparedStatement s = c.prepareStatement(
                "select count(*) from pg_stat_activity where datname = ? and application_name = 'casebridge'"
                        + " and wait_event_type = 'Lock'")) {
            s.setString(1, TestDatabases.databaseName(db));
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no request waited for the audit head lock within " + bound.toSeconds() + " s");
    }

    private static Api.Reply awaitNotReady(Api api, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        Api.Reply r = api.get("/health/ready");
        while (r.status() == 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            r = api.get("/health/ready");
        }
        return r;
    }
}
