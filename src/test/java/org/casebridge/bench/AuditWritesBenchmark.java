package org.casebridge.bench;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Audited writes under concurrency (issue 14 item 4): N writers, each with its own API token of
 * {@code cw1-jm} and its own case, add notes ({@code POST /api/cases/{id}/notes}) one after another
 * for a fixed time; writes per second, p50 and p95, the load average. Run it once against a server
 * with the audit append on and once against a benchmark server with it off
 * ({@code casebridge.bench.audit-append=false} with {@code casebridge.bench.unsafe=true}). After the
 * runs it checks over JDBC that the chain is gapless and unforked (every sequence from 1 to the head
 * once, each entry's previous hash the entry before it, the head row at the last entry) and asks the
 * server to verify the hashes ({@code GET /api/audit/verification} as {@code sup-jm}). Part of
 * {@link CaseListBenchmark} ({@code --only audit-writes}).
 */
final class AuditWritesBenchmark {

    private static final String WRITER = "cw1-jm";
    private static final String VERIFIER = "sup-jm";

    /** Daemon threads: the program ends when the measurement does. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "audit-writes-http");
                t.setDaemon(true);
                return t;
            })).build();
    private final Connection db;
    private final String server;
    private final String demoPassword;
    private final TokenBenchmark.Out out;

    private AuditWritesBenchmark(Connection db, String server, String demoPassword, TokenBenchmark.Out out) {
        this.db = db;
        this.server = server;
        this.demoPassword = demoPassword;
        this.out = out;
    }

    static void run(Connection db, String server, String demoPassword, int[] writers, int seconds, int runs, TokenBenchmark.Out out)
            throws Exception {
        if (server == null) {
            throw new IllegalArgumentException("--only audit-writes needs --server");
        }
        new AuditWritesBenchmark(db, server, demoPassword, out).measure(writers, seconds, runs);
    }

    /** One timed run: every successful write's latency, the failures, the elapsed time and the load at the end. */
    record Run(double[] latencies, int failures, double seconds, String load) {
        double rate() {
            return latencies.length / seconds;
        }
    }

    private void measure(int[] writers, int seconds, int runs) throws Exception {
        int most = Arrays.stream(writers).max().orElseThrow();
        List<String[]> tokens = new ArrayList<>();
        try {
            for (int i = 0; i < most; i++) {
                tokens.add(createToken("bench-audit-" + i));
            }
            List<Long> cases = new ArrayList<>();
            for (int i = 0; i < most; i++) {
                cases.add(openCase("Bearer " + tokens.get(i)[1], "bench-audit-" + System.nanoTime() + "-" + i));
            }
            long headBefore = single("select last_seq from audit_head");
            out.line("");
            out.line("## Audited writes: POST /api/cases/{id}/notes as %s, one token and one case per writer, %d s a run",
                    WRITER, seconds);
            out.line("");
            out.line("| writers | run | writes | failures | writes/s | p50 ms | p95 ms | max ms | load average (1, 5 min) at the end |");
            out.line("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            List<String> summary = new ArrayList<>();
            for (int n : writers) {
                write(tokens.subList(0, n), cases.subList(0, n), 3); // warm-up
                List<Run> done = new ArrayList<>();
                for (int r = 1; r <= runs; r++) {
                    Run run = timed(tokens.subList(0, n), cases.subList(0, n), seconds);
                    done.add(run);
                    out.line("| %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %s |", n, r, run.latencies().length,
                            run.failures(), run.rate(), TokenBenchmark.pct(run.latencies(), 50), TokenBenchmark.pct(run.latencies(), 95),
                            TokenBenchmark.pct(run.latencies(), 100), run.load());
                }
                summary.add(String.format("| %d | %d | %.1f | %.1f | %.1f |", n, runs,
                        TokenBenchmark.median(done.stream().mapToDouble(Run::rate).toArray()),
                        TokenBenchmark.median(done.stream().mapToDouble(x -> TokenBenchmark.pct(x.latencies(), 50)).toArray()),
                        TokenBenchmark.median(done.stream().mapToDouble(x -> TokenBenchmark.pct(x.latencies(), 95)).toArray())));
            }
            out.line("");
            out.line("| writers | runs | median writes/s | median p50 ms | median p95 ms |");
            out.line("|---:|---:|---:|---:|---:|");
            summary.forEach(s -> out.line("%s", s));
            out.line("");
            long headAfter = single("select last_seq from audit_head");
            out.line("Audit head: sequence %d before the runs, %d after (%d entries appended)", headBefore, headAfter,
                    headAfter - headBefore);
            out.line("Chain over JDBC: %s", chainCheck());
            out.line("Server's verification (GET /api/audit/verification as %s): %s", VERIFIER, serverVerification());
        } finally {
            for (String[] t : tokens) {
                send(HttpRequest.newBuilder(URI.create(server + "/api/me/tokens/" + t[0]))
                        .header("Authorization", basic(WRITER)).DELETE().build());
            }
        }
    }

    /** Each writer writes {@code perWriter} notes one after another; for warming up. */
    private void write(List<String[]> tokens, List<Long> cases, int perWriter) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String bearer = "Bearer " + tokens.get(i)[1];
                long id = cases.get(i);
                all.add(pool.submit(() -> {
                    for (int k = 0; k < perWriter; k++) {
                        note(bearer, id);
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private Run timed(List<String[]> tokens, List<Long> cases, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Double>>> all = new ArrayList<>();
            long[] end = new long[1];
            for (int i = 0; i < tokens.size(); i++) {
                String bearer = "Bearer " + tokens.get(i)[1];
                long id = cases.get(i);
                all.add(pool.submit(() -> {
                    start.await();
                    List<Double> mine = new ArrayList<>();
                    while (System.nanoTime() < end[0]) {
                        long t = System.nanoTime();
                        if (note(bearer, id)) {
                            mine.add((System.nanoTime() - t) / 1e6);
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                    return mine;
                }));
            }
            long begin = System.nanoTime();
            end[0] = begin + seconds * 1_000_000_000L;
            start.countDown();
            List<Double> latencies = new ArrayList<>();
            for (Future<List<Double>> f : all) {
                latencies.addAll(f.get());
            }
            double elapsed = (System.nanoTime() - begin) / 1e9;
            return new Run(latencies.stream().mapToDouble(Double::doubleValue).toArray(), failures.get(), elapsed, load());
        } finally {
            pool.shutdown();
        }
    }

    private boolean note(String bearer, long caseId) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server + "/api/cases/" + caseId + "/notes"))
                .timeout(Duration.ofSeconds(120)).header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"benchmark note\"}")).build());
        return r.statusCode() == 201;
    }

    private long openCase(String bearer, String place) throws Exception {
        String details = Json.createObjectBuilder().add("stage", "IDENTIFICATION").add("riskLevel", "HIGH")
                .add("identificationDate", LocalDate.now().minusDays(10).toString()).add("identificationPlace", place)
                .add("exploitationTypes", Json.createArrayBuilder().add("FORCED_LABOUR")).add("forcedLabourIndustry", "A")
                .add("methodsOfControl", Json.createArrayBuilder().add("PHYSICAL_THREATS")).build().toString();
        String victim = "{\"givenName\":\"Benchgiven\",\"familyName\":\"Benchfamily\",\"alias\":\"V-" + Math.abs(place.hashCode())
                + "\",\"gender\":\"FEMININE\",\"birthDate\":\"" + LocalDate.now().minusYears(30)
                + "\",\"citizenships\":[\"JM\"],\"languages\":[\"en\"],\"traffickingStatus\":\"POSSIBLE\"}";
        String consent = "{\"purpose\":\"SERVICE_REFERRAL\",\"scope\":\"ANY\",\"givenOn\":\"" + LocalDate.now() + "\"}";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server + "/api/cases"))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"details\":" + details + ",\"victim\":" + victim
                        + ",\"consents\":[" + consent + "]}")).build());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("opening a case answered " + r.statusCode() + ": " + r.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject().getJsonNumber("id").longValue();
        }
    }

    private String[] createToken(String name) throws Exception {
        return TokenBenchmark.createToken(http, server, basic(WRITER), name);
    }

    /**
     * Gapless and unforked, from the rows themselves: the sequences are 1..head with none missing or
     * doubled, each entry's previous hash is the entry before it, and the head row names the last entry.
     */
    private String chainCheck() throws SQLException {
        long entries = single("select count(*) from audit_entry");
        long max = single("select coalesce(max(seq), 0) from audit_entry");
        long min = single("select coalesce(min(seq), 1) from audit_entry");
        long broken = single("select count(*) from (select seq, prev_hash, lag(seq) over (order by seq) as before_seq,"
                + " lag(entry_hash) over (order by seq) as before_hash from audit_entry) x"
                + " where before_seq is not null and (seq <> before_seq + 1 or prev_hash <> before_hash)");
        long headMatches = single("select count(*) from audit_head h join audit_entry e on e.seq = h.last_seq"
                + " and e.entry_hash = h.last_hash");
        boolean ok = min == 1 && entries == max && broken == 0 && headMatches == 1;
        return String.format("%s (%d entries, sequences %d..%d, %d links broken, head row %s the last entry)",
                ok ? "gapless and unforked" : "BROKEN", entries, min, max, broken, headMatches == 1 ? "at" : "NOT at");
    }

    private String serverVerification() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server + "/api/audit/verification"))
                .timeout(Duration.ofSeconds(600)).header("Authorization", basic(VERIFIER)).header("Accept", "application/json")
                .GET().build());
        return r.statusCode() + " " + r.body();
    }

    private long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + ", " + parts[1];
        } catch (Exception unavailable) {
            return "n/a";
        }
    }

    private String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + demoPassword).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
