package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebridge.infrastructure.persistence.DataSourceConfiguration;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped and started again under a steady read and write load (issue 14, run by {@code -Pfaults}).
 * The database is a PostgreSQL cluster of its own (never the one other tests and tools use): version, name and
 * port from casebridge.test.fault.pg.version / .cluster / .port (default: the installed version, "cbfault", 5433),
 * created with pg_createcluster (trust authentication, loopback only) when missing, which needs root as in
 * .ci/run. While the database is away every request is answered 503 problem+json with Retry-After within the
 * configured wait, readiness is DOWN and liveness UP; from 10 s after the database is back there are no errors;
 * every case whose creation was acknowledged (201) is in the database; the log holds no stack trace but those
 * Payara's pool and transaction manager write about a connection the database ended, whatever the driver's words
 * for it (they vary with the moment of the stop: "This connection has been closed", "An I/O error occurred while
 * sending to the backend", "the physical connection is not usable"), at most two per transaction in flight and
 * two per pooled connection (docs/operations.md "When the database is away").
 */
class DatabaseRestartFaultIT {

    private static final String VERSION = System.getProperty("casebridge.test.fault.pg.version", "");
    private static final String CLUSTER = System.getProperty("casebridge.test.fault.pg.cluster", "cbfault");
    private static final int PORT = Integer.getInteger("casebridge.test.fault.pg.port", 5433);
    private static final int CLIENTS = 4;
    private static final long WAIT_MS = 2_000;
    /** The longest any answer may take: the pool's wait per attempt, and a loaded 2-core machine. */
    private static final long ANSWER_BOUND_MS = Faults.poolWaitBound(WAIT_MS) + 5_000;
    private static final long DOWN_MS = 5_000;

    /** One answer the load got. */
    private record Outcome(long startedNanos, long millis, int status, String problem) {
    }

    @Test
    void aDatabaseRestartUnderLoadIs503MeanwhileAndLosesNoAcknowledgedWrite() throws Exception {
        assumeTrue(TestDatabases.postgres() && TestDatabases.separateOwner(), "a PostgreSQL cluster of the test's own");
        String version = FaultCluster.ensure(VERSION, CLUSTER, PORT);
        String db = ("cbfault_" + Long.toString(System.currentTimeMillis(), 36)).toLowerCase(Locale.ROOT);
        FaultCluster.createDatabase(PORT, db);
        String url = "jdbc:postgresql://127.0.0.1:" + PORT + "/" + db;
        CaseBridgeServer server = CaseBridgeServer.launch("restart", CaseBridgeServer.freePort(), List.of(
                "-Dcasebridge.db.url=" + url, "-Dcasebridge.db.pool.max-wait-ms=" + WAIT_MS));
        ExecutorService load = Executors.newFixedThreadPool(CLIENTS);
        try {
            server.awaitReady();
            Api api = Api.rest(server);
            ServerLog log = ServerLog.from(server);
            ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean stop = new AtomicBoolean();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(load.submit(() -> {
                    for (int i = 0; i < 2_000 && !stop.get(); i++) {
                        boolean write = i % 2 == 1;
                        long started = System.nanoTime();
                        Api.Reply r = write
                                ? api.post("/api/cases", "cw1-jm", Cases.intake(Cases.details("restart-" + client + "-" + i),
                                        Cases.victim("R" + client + "x" + i)))
                                : api.get("/api/cases?q=restart", "cw1-jm");
                        long millis = (System.nanoTime() - started) / 1_000_000;
                        if (write && r.status() == 201) {
                            acknowledged.add(r.json().getJsonNumber("id").longValue());
                        }
                        outcomes.add(new Outcome(started, millis, r.status(), r.status() >= 300 ? problemOf(r) : ""));
                        if (r.status() == 503) {
                            Thread.sleep(200);
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(3_000);
            assertTrue(acknowledged.size() > 0, "the load writes before the fault: " + outcomes);

            long down = System.nanoTime();
            FaultCluster.ctl(version, CLUSTER, "stop");
            Thread.sleep(1_000);
            Api.Reply ready = api.get("/health/ready");
            Api.Reply live = api.get("/health/live");
            Thread.sleep(Math.max(0, DOWN_MS - 1_000));
            FaultCluster.ctl(version, CLUSTER, "start");
            long up = System.nanoTime();
            assertEquals(503, ready.status(), "not ready while the database is away: " + ready);
            assertTrue(ready.body().contains("\"DOWN\""), "the health check's own answer, not the unavailable page: " + ready.body());
            assertEquals(200, live.status(), "alive while the database is away: " + live);

            Thread.sleep(15_000);
            stop.set(true);
            for (Future<?> f : clients) {
                f.get(2 * ANSWER_BOUND_MS, TimeUnit.MILLISECONDS);
            }
            long settled = up + TimeUnit.SECONDS.toNanos(10);
            List<Outcome> all = new ArrayList<>(outcomes);
            List<Outcome> wrong = all.stream().filter(o -> !(o.status() == 200 || o.status() == 201 || o.status() == 503)
                    || (o.status() == 503 && !o.problem().isEmpty())).toList();
            assertTrue(wrong.isEmpty(), "only 200, 201 and 503 problem+json with Retry-After: " + wrong);
            List<Outcome> slow = all.stream().filter(o -> o.millis() > ANSWER_BOUND_MS).toList();
            assertTrue(slow.isEmpty(), "no answer later than " + ANSWER_BOUND_MS + " ms: " + slow);
            assertTrue(all.stream().anyMatch(o -> o.status() == 503 && o.startedNanos() > down && o.startedNanos() < up),
                    "the load met the database away");
            List<Outcome> after = all.stream().filter(o -> o.startedNanos() > settled).toList();
            assertTrue(after.size() >= CLIENTS, "the load went on after the database came back: " + after.size());
            assertTrue(after.stream().allMatch(o -> o.status() < 300),
                    "no error from 10 s after the database is back: " + after.stream().filter(o -> o.status() >= 300).toList());
            assertEquals(200, api.get("/health/ready").status(), "ready again");

            Set<Long> stored = FaultCluster.caseIds(PORT, db);
            Set<Long> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertTrue(lost.isEmpty(), "acknowledged cases lost: " + lost);

            String text = log.settled().text();
            List<LogRecord> traced = LogRecord.parse(text).stream().filter(LogRecord::traced).toList();
            List<LogRecord> foreign = traced.stream().filter(r -> !r.payaraOnAClosedConnection()).toList();
            assertTrue(foreign.isEmpty(), "no stack trace but Payara's own of a connection the database closed: " + foreign);
            long transactions = traced.stream().filter(LogRecord::transactionManager).count();
            assertTrue(transactions <= 2L * (CLIENTS + 2),
                    "Payara's rollback traces only for the transactions the stop caught in flight: " + transactions);
            long closes = traced.size() - transactions;
            assertTrue(closes <= 2L * DataSourceConfiguration.MAX_POOL_SIZE, "Payara's close traces at most two per pooled connection: " + closes);
        } finally {
            load.shutdownNow();
            server.stop();
            FaultCluster.ctl(FaultCluster.version(VERSION), CLUSTER, "start");
            FaultCluster.dropDatabase(PORT, db);
        }
    }

    /** "" for a 503 problem+json with Retry-After; otherwise what is wrong with it. */
    private static String problemOf(Api.Reply r) {
        if (r.status() != 503) {
            return r.toString();
        }
        try {
            Faults.assertUnavailable(r);
            return "";
        } catch (AssertionError | RuntimeException e) {
            return r + ": " + e.getMessage();
        }
    }

    /**
     * One record of the server's log as java.util.logging's simple format writes it: a header line with the time, the
     * class and the method that logged, then the level and message, then the thrown exception's trace if any.
     */
    record LogRecord(String source, String text) {

        private static final Pattern HEADER = Pattern.compile(
                "^[A-Z][a-z]{2} \\d{2}, \\d{4} \\d{1,2}:\\d{2}:\\d{2} [AP]M (\\S+) \\S+$", Pattern.MULTILINE);

        /** Payara's connector and transaction classes that log what a connection the database closed threw. */
        private static final List<String> POOL_AND_TRANSACTIONS = List.of("com.sun.gjc.spi.", "com.sun.enterprise.resource.",
                "com.sun.enterprise.connectors.", "com.sun.enterprise.transaction.");

        /**
         * The exceptions a connection's end is reported as in those traces: the driver's, the socket's, JDBC's, the
         * connector's (ResourceException and its kin, e.g. LocalTransactionException: "This Managed Connection is not
         * valid as the physical connection is not usable") and the transaction manager's (XA).
         */
        private static final List<String> CLOSED_CONNECTION = List.of("org.postgresql.", "java.net.Socket", "java.io.EOFException",
                "java.sql.SQL", "jakarta.resource.", "javax.transaction.xa.XAException");

        static List<LogRecord> parse(String text) {
            List<LogRecord> records = new ArrayList<>();
            Matcher m = HEADER.matcher(text);
            int start = -1;
            String source = "";
            while (m.find()) {
                if (start >= 0) {
                    records.add(new LogRecord(source, text.substring(start, m.start())));
                }
                start = m.start();
                source = m.group(1);
            }
            if (start >= 0) {
                records.add(new LogRecord(source, text.substring(start)));
            }
            return records;
        }

        /** Whether the record holds a stack trace or names an exception as loggers print it. */
        boolean traced() {
            return !ServerLog.troubleLines(text).isEmpty();
        }

        /**
         * Payara's pool or transaction manager reporting what a connection the stopping database ended threw: a close
         * (SQLClientInfoException), a commit or a rollback (poolmgr.system_exception, enterprise_distributedtx.some_excep).
         * Nothing of CaseBridge's own, of the web container or of JAX-RS qualifies.
         */
        boolean payaraOnAClosedConnection() {
            return POOL_AND_TRANSACTIONS.stream().anyMatch(source::startsWith)
                    && CLOSED_CONNECTION.stream().anyMatch(text::contains);
        }

        /** A commit's or rollback's report (at most two per transaction in flight), not a pooled connection's close. */
        boolean transactionManager() {
            return source.startsWith("com.sun.enterprise.resource.ConnectorXAResource")
                    || source.startsWith("com.sun.enterprise.transaction.");
        }

        @Override
        public String toString() {
            return source + ": " + ServerLog.troubleLines(text).stream().filter(l -> !l.startsWith("\tat ")).limit(4).toList();
        }
    }

    /** The dedicated PostgreSQL cluster: created and started when missing, databases on it. */
    static final class FaultCluster {

        private FaultCluster() {
        }

        /** Creates (trust authentication, port {@code port}) and starts the cluster if needed; returns its version. */
        static String ensure(String wanted, String cluster, int port) throws IOException, InterruptedException, SQLException {
            String version = version(wanted);
            String listing = run(List.of("pg_lsclusters", "-h"));
            boolean exists = listing.lines().anyMatch(l -> l.startsWith(version + " " + cluster + " "));
            if (!exists) {
                run(List.of("pg_createcluster", version, cluster, "-p", Integer.toString(port), "--", "--auth=trust"));
            }
            ctl(version, cluster, "start");
            try (Connection c = connect(port, "postgres"); Statement s = c.createStatement()) {
                for (String role : List.of(TestDatabases.owner(), TestDatabases.user())) {
                    try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
                        if (!rs.next()) {
                            s.execute("create role " + role + " login");
                        }
                    }
                }
            }
            return version;
        }

        /** The wanted version, or the newest installed one (/etc/postgresql). */
        static String version(String wanted) {
            if (!wanted.isBlank()) {
                return wanted;
            }
            String[] installed = new java.io.File("/etc/postgresql").list();
            assumeTrue(installed != null && installed.length > 0, "PostgreSQL's cluster tools (postgresql-common) are installed");
            return java.util.Arrays.stream(installed).max(java.util.Comparator.comparingInt(Integer::parseInt)).orElseThrow();
        }

        /** pg_ctlcluster start / stop; starting a running cluster is not an error. */
        static void ctl(String version, String cluster, String action) throws IOException, InterruptedException {
            List<String> command = List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, cluster, action);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pg_ctlcluster " + action);
            assertTrue(p.exitValue() == 0 || ("start".equals(action) && out.contains("already running")),
                    command + ": " + out);
        }

        static void createDatabase(int port, String db) throws SQLException {
            try (Connection c = connect(port, "postgres"); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + db + " with (force)");
                s.execute("create database " + db + " owner " + TestDatabases.owner());
            }
        }

        static void dropDatabase(int port, String db) {
            try (Connection c = connect(port, "postgres"); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + db + " with (force)");
            } catch (SQLException e) {
                System.err.println("Could not drop " + db + " on port " + port + ": " + e.getMessage());
            }
        }

        static Set<Long> caseIds(int port, String db) throws SQLException {
            Set<Long> ids = new HashSet<>();
            try (Connection c = connect(port, db); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select id from case_file")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }

        private static Connection connect(int port, String db) throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", "postgres");
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + db, p);
        }

        private static String run(List<String> command) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.valueOf(command));
            assertEquals(0, p.exitValue(), command + ": " + out);
            return out;
        }
    }
}
