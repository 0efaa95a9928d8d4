package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.casebridge.infrastructure.persistence.DataSourceConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Every connection of the pool held busy (issue 14, run by {@code -Pfaults}, PostgreSQL only): the test takes an
 * ACCESS EXCLUSIVE lock on case_file from a connection of its own, so that as many case lists as the pool has
 * connections ({@link DataSourceConfiguration#MAX_POOL_SIZE}) wait for it inside the application, each holding its
 * connection. Meanwhile every other request, whether it needs case_file or not, is answered 503 problem+json with
 * Retry-After within the pool's wait (casebridge.db.pool.max-wait-ms; one attempt: FailFastQueries); none hangs; the log
 * holds one line per refused request and no stack trace. Once the lock is released the waiting lists are answered
 * and from 2 s on every request succeeds. -Dcasebridge.test.fault.pool.wait-ms chooses the pool's wait (default 1000).
 */
class PoolExhaustionFaultIT {

    private static final String DB = "poolfault";
    private static final long WAIT_MS = Long.getLong("casebridge.test.fault.pool.wait-ms", 1_000);
    /** The measured bound of a drained pool and a loaded 2-core machine. */
    private static final long ANSWER_BOUND_MS = Faults.poolWaitBound(WAIT_MS);
    private static final int STATEMENT_TIMEOUT_S = 45;
    private static final int HOLDERS = DataSourceConfiguration.MAX_POOL_SIZE;
    private static final int PROBES = 8;
    private static final int ROUNDS = 2;

    @Test
    void aDrainedPoolIs503WithinItsWaitAndRecoversWhenTheConnectionsComeBack() throws Exception {
        assumeTrue(TestDatabases.postgres(), "PostgreSQL: the pool waits on a lock the test holds");
        CaseBridgeServer server = CaseBridgeServer.launch(DB, CaseBridgeServer.freePort(), List.of(
                "-Dcasebridge.db.pool.max-wait-ms=" + WAIT_MS,
                "-Dcasebridge.db.statement-timeout-seconds=" + STATEMENT_TIMEOUT_S));
        ExecutorService clients = Executors.newFixedThreadPool(HOLDERS + PROBES);
        Connection locker = null;
        try {
            server.awaitReady();
            Api api = Api.rest(server);
            String token = Faults.token(api, "cw1-jm");
            long caseId = Cases.open(api, "cw1-jm", "pool-before").getJsonNumber("id").longValue();
            assertEquals(200, Faults.withToken(api, server, "GET", "/api/cases?q=pool", token, null, null).status());
            ServerLog log = ServerLog.from(server);

            locker = TestDatabases.connectAsOwner(DB);
            locker.setAutoCommit(false);
            try (Statement s = locker.createStatement()) {
                s.execute("lock table case_file in access exclusive mode");
            }
            long locked = System.nanoTime();
            List<Future<Faults.Timed>> holders = new ArrayList<>();
            for (int i = 0; i < HOLDERS; i++) {
                holders.add(clients.submit(() -> Faults.timed(
                        () -> Faults.withToken(api, server, "GET", "/api/cases?q=pool", token, null, null))));
            }
            int waiting = 0;
            for (int i = 0; i < 300 && waiting < HOLDERS; i++) {
                Thread.sleep(100);
                waiting = lockWaiters();
            }
            long drainedAfterMs = (System.nanoTime() - locked) / 1_000_000;
            assertEquals(HOLDERS, waiting, "every pooled connection waits on the lock");
            assertEquals(HOLDERS, appConnections(), "the pool holds no more connections than its size");

            // a token's request (case read, account, case creation) and a Basic login (a LOGIN entry to write)
            List<String> names = List.of("GET case (token)", "GET /api/me (token)", "POST case (token)", "GET cases (Basic)");
            List<Supplier<Api.Reply>> kinds = List.of(
                    () -> Faults.withToken(api, server, "GET", "/api/cases/" + caseId, token, null, null),
                    () -> Faults.withToken(api, server, "GET", "/api/me", token, null, null),
                    () -> Faults.withToken(api, server, "POST", "/api/cases", token,
                            Cases.intake(Cases.details("pool-during"), Cases.victim("PoolDuring")), null),
                    () -> api.get("/api/cases?q=pool", "cw2-jm"));
            List<Faults.Timed> refused = new ArrayList<>();
            Map<String, LongSummaryStatistics> byKind = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<Faults.Timed>> probes = new ArrayList<>();
                for (int p = 0; p < PROBES; p++) {
                    Supplier<Api.Reply> call = kinds.get(p % kinds.size());
                    probes.add(clients.submit(() -> Faults.timed(call)));
                }
                for (int p = 0; p < PROBES; p++) {
                    Faults.Timed t = probes.get(p).get(3 * ANSWER_BOUND_MS, TimeUnit.MILLISECONDS);
                    refused.add(t);
                    byKind.computeIfAbsent(names.get(p % names.size()), k -> new LongSummaryStatistics()).accept(t.millis());
                }
            }
            assertEquals(HOLDERS, lockWaiters(), "the pool was still drained when the last probe was answered");
            System.out.println("PoolExhaustionFaultIT probes (ms): " + byKind);
            for (Faults.Timed t : refused) {
                Faults.assertUnavailable(t.reply());
            }
            List<Faults.Timed> late = refused.stream().filter(t -> t.millis() > ANSWER_BOUND_MS).toList();
            assertTrue(late.isEmpty(), "refused within " + ANSWER_BOUND_MS + " ms: " + late);
            LongSummaryStatistics refusedMs = refused.stream().mapToLong(Faults.Timed::millis).summaryStatistics();

            locker.commit();
            long released = System.nanoTime();
            List<Faults.Timed> held = new ArrayList<>();
            for (Future<Faults.Timed> f : holders) {
                held.add(f.get(30, TimeUnit.SECONDS));
            }
            long heldOk = held.stream().filter(t -> t.reply().status() == 200).count();
            assertEquals(HOLDERS, heldOk, "the lists that held the pool are answered once the lock is gone: "
                    + held.stream().filter(t -> t.reply().status() != 200).toList());
            long firstSuccessMs = -1;
            for (int i = 0; i < 100 && firstSuccessMs < 0; i++) {
                if (Faults.withToken(api, server, "GET", "/api/me", token, null, null).status() == 200) {
                    firstSuccessMs = (System.nanoTime() - released) / 1_000_000;
                } else {
                    Thread.sleep(100);
                }
            }
            assertTrue(firstSuccessMs >= 0, "a request succeeds after the release");
            long settled = released + TimeUnit.SECONDS.toNanos(2);
            while (System.nanoTime() < settled) {
                Thread.sleep(50);
            }
            List<Future<Faults.Timed>> after = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Supplier<Api.Reply> call = kinds.get(i % kinds.size());
                after.add(clients.submit(() -> Faults.timed(call)));
            }
            List<Faults.Timed> afterReplies = new ArrayList<>();
            for (Future<Faults.Timed> f : after) {
                afterReplies.add(f.get(60, TimeUnit.SECONDS));
            }
            List<Faults.Timed> errors = afterReplies.stream().filter(t -> t.reply().status() >= 300).toList();
            assertTrue(errors.isEmpty(), "no error from 2 s after the release: " + errors);

            String text = log.settled().text();
            List<String> frames = Faults.stackFrames(log);
            assertTrue(frames.isEmpty(), "no stack trace in the log: " + frames);
            assertTrue(ServerLog.troubleLines(text).stream().allMatch(l -> !l.matches("^Caused by: .*")),
                    "no 'Caused by' in the log");
            long lines = text.lines().filter(l -> l.contains("unavailable, incident")).count();
            assertEquals(refused.size(), lines, "one log line per refused request");
            for (Faults.Timed t : refused) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("incident ([0-9a-f-]{36})").matcher(t.reply().body());
                assertTrue(m.find(), "the answer names its incident: " + t);
                String incident = m.group(1);
                assertEquals(1, text.lines().filter(l -> l.contains(incident)).count(), "one line names incident " + incident);
            }
            System.out.printf("PoolExhaustionFaultIT: pool %d drained in %d ms; %d probes refused 503 in %d..%d ms (mean %.0f,"
                    + " bound %d); %d/%d held lists answered 200 after the release; first success %d ms after it;"
                    + " %d/%d requests from 2 s after it succeeded; %d log lines for the refusals, %d of Payara's pool"
                    + " (poolmgr.get_connection_failure, timers' attempts included)%n",
                    HOLDERS, drainedAfterMs, refused.size(), refusedMs.getMin(), refusedMs.getMax(), refusedMs.getAverage(),
                    ANSWER_BOUND_MS, heldOk, HOLDERS, firstSuccessMs, afterReplies.size() - errors.size(), afterReplies.size(),
                    lines, text.lines().filter(l -> l.contains("poolmgr.get_connection_failure")).count());
        } finally {
            if (locker != null) {
                locker.rollback();
                locker.close();
            }
            clients.shutdownNow();
            server.stop();
        }
    }

    /** The application's sessions waiting for a lock. */
    private static int lockWaiters() throws SQLException {
        return count("select count(*) from pg_stat_activity where datname = ? and usename = ?"
                + " and application_name = 'casebridge' and wait_event_type = 'Lock'");
    }

    /** The application's sessions on its database (the pool's physical connections). */
    private static int appConnections() throws SQLException {
        return count("select count(*) from pg_stat_activity where datname = ? and usename = ?"
                + " and application_name = 'casebridge'");
    }

    private static int count(String sql) throws SQLException {
        try (Connection c = TestDatabases.admin(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, TestDatabases.databaseName(DB));
            s.setString(2, TestDatabases.user());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
