package org.casebridge.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The cost of authentication on {@code GET /api/cases} page 1 as the supervisor of Jamaica (issue 12 item 7),
 * side by side in one run: with a personal API token, the same call with the authentication's own time
 * taken out (the server reports it in {@code Server-Timing: auth;dur=}, measured around the whole
 * authentication mechanism), and with HTTP Basic at the server's password hashing; then 50 concurrent
 * token clients against one. Part of {@link CaseListBenchmark} ({@code --only tokens}).
 */
final class TokenBenchmark {

    @FunctionalInterface
    interface Out {
        void line(String format, Object... args);
    }

    private static final String USER = "sup-jm";
    private static final int CLIENTS = 50;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    private final String server;
    private final String basic;
    private final String path;
    private final Out out;

    private TokenBenchmark(String server, String demoPassword, int size, Out out) {
        this.server = server;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + demoPassword).getBytes(StandardCharsets.UTF_8));
        this.path = "/api/cases?size=" + size;
        this.out = out;
    }

    /** One request: wall time on the client and the authentication's time on the server, in ms. */
    record Timing(double wall, double auth) {
        double withoutAuth() {
            return wall - auth;
        }
    }

    static void run(String server, String demoPassword, int size, int runs, int warmup, Long serverPid, Out out)
            throws Exception {
        if (server == null) {
            throw new IllegalArgumentException("--only tokens needs --server");
        }
        new TokenBenchmark(server, demoPassword, size, out).measure(Math.max(runs, 25), warmup, serverPid);
    }

    private void measure(int runs, int warmup, Long serverPid) throws Exception {
        List<String[]> tokens = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                tokens.add(createToken("bench-" + i));
            }
            String bearer = "Bearer " + tokens.get(0)[1];
            out.line("");
            out.line("## API tokens against HTTP Basic: GET %s as %s", path, USER);
            out.line("");
            List<Timing> token = sequence(bearer, warmup, runs);
            List<Timing> pw = sequence(basic, warmup, Math.max(7, runs / 3));
            double tokenWall = median(token.stream().mapToDouble(Timing::wall).toArray());
            double tokenAuth = median(token.stream().mapToDouble(Timing::auth).toArray());
            double bare = median(token.stream().mapToDouble(Timing::withoutAuth).toArray());
            double basicWall = median(pw.stream().mapToDouble(Timing::wall).toArray());
            double basicAuth = median(pw.stream().mapToDouble(Timing::auth).toArray());
            double bareBasic = median(pw.stream().mapToDouble(Timing::withoutAuth).toArray());
            out.line("| call (sequential, one client; medians) | runs | wall ms | of it authentication ms | ratio to no authentication |");
            out.line("|---|---:|---:|---:|---:|");
            out.line("| token (Bearer) | %d | %.2f | %.3f | %.2f |", token.size(), tokenWall, tokenAuth, tokenWall / bare);
            out.line("| same call, authentication taken out (token runs) | %d | %.2f | 0 | 1.00 |", token.size(), bare);
            out.line("| same call, authentication taken out (Basic runs) | %d | %.2f | 0 | %.2f |", pw.size(), bareBasic,
                    bareBasic / bare);
            out.line("| HTTP Basic | %d | %.2f | %.3f | %.2f |", pw.size(), basicWall, basicAuth, basicWall / bare);
            out.line("");
            out.line("Basic ÷ token: wall %.1fx, authentication %.0fx", basicWall / tokenWall, basicAuth / tokenAuth);
            if (serverPid != null) {
                double cpuToken = cpuPerRequest(serverPid, bearer, 100);
                double cpuBasic = cpuPerRequest(serverPid, basic, 20);
                out.line("Server CPU per request (the whole server process, %d and %d requests): token %.2f ms, Basic %.2f ms;"
                        + " Basic ÷ token %.1fx", 100, 20, cpuToken, cpuBasic, cpuBasic / cpuToken);
            }
            out.line("");
            long oneStart = System.nanoTime();
            double[] one = sequence(bearer, 0, 200).stream().mapToDouble(Timing::wall).toArray();
            double oneRate = one.length / ((System.nanoTime() - oneStart) / 1e9);
            long manyStart = System.nanoTime();
            double[] many = concurrent(tokens, 20);
            double manyRate = many.length / ((System.nanoTime() - manyStart) / 1e9);
            out.line("| concurrency (token; each client sends its next request when the last is answered) | requests | p50 ms | p95 ms | max ms | requests/s |");
            out.line("|---|---:|---:|---:|---:|---:|");
            out.line("| 1 client | %d | %.2f | %.2f | %.2f | %.1f |", one.length, pct(one, 50), pct(one, 95), pct(one, 100),
                    oneRate);
            out.line("| %d clients, one token each | %d | %.2f | %.2f | %.2f | %.1f |", CLIENTS, many.length, pct(many, 50),
                    pct(many, 95), pct(many, 100), manyRate);
            out.line("");
            out.line("p95 of %d concurrent token clients ÷ p95 of one: %.2f", CLIENTS, pct(many, 95) / pct(one, 95));
            long basicStart = System.nanoTime();
            double[] basicMany = concurrentBasic(2);
            double basicRate = basicMany.length / ((System.nanoTime() - basicStart) / 1e9);
            out.line("For comparison, %d concurrent Basic clients (2 requests each): p50 %.0f ms, p95 %.0f ms, %.1f requests/s",
                    CLIENTS, pct(basicMany, 50), pct(basicMany, 95), basicRate);
        } finally {
            for (String[] t : tokens) {
                send(HttpRequest.newBuilder(URI.create(server + "/api/me/tokens/" + t[0])).header("Authorization", basic)
                        .DELETE().build());
            }
        }
    }

    private String[] createToken(String name) throws Exception {
        return createToken(http, server, basic, name);
    }

    /** A personal API token for a day, made with {@code authorization}: its id and its secret. */
    static String[] createToken(HttpClient http, String server, String authorization, String name) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + "/api/me/tokens"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"days\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("creating a token answered " + r.statusCode() + ": " + r.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            JsonObject o = reader.readObject();
            return new String[] {Long.toString(o.getJsonObject("token").getJsonNumber("id").longValue()), o.getString("secret")};
        }
    }

    private List<Timing> sequence(String authorization, int warmup, int n) throws Exception {
        for (int i = 0; i < warmup; i++) {
            call(authorization);
        }
        List<Timing> timings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            timings.add(call(authorization));
        }
        return timings;
    }

    private Timing call(String authorization) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(300))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double wall = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200 || !response.body().contains("\"items\":[{")) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        String timing = response.headers().firstValue("Server-Timing").orElseThrow(() -> new IllegalStateException(
                "no Server-Timing header: start the server with casebridge.http.server-timing=true"));
        return new Timing(wall, Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4)));
    }

    private double cpuPerRequest(long pid, String authorization, int n) throws Exception {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        Duration before = process.info().totalCpuDuration().orElseThrow();
        for (int i = 0; i < n; i++) {
            call(authorization);
        }
        Duration after = process.info().totalCpuDuration().orElseThrow();
        return after.minus(before).toNanos() / 1e6 / n;
    }

    /** Each client its own token, {@code perClient} requests one after another; every request's wall time. */
    private double[] concurrent(List<String[]> tokens, int perClient) throws Exception {
        return parallel(tokens.stream().map(t -> "Bearer " + t[1]).toList(), perClient);
    }

    private double[] concurrentBasic(int perClient) throws Exception {
        return parallel(Collections.nCopies(CLIENTS, basic), perClient);
    }

    private double[] parallel(List<String> authorizations, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(authorizations.size());
        try {
            List<Future<List<Timing>>> futures = new ArrayList<>();
            for (String a : authorizations) {
                futures.add(pool.submit(() -> sequence(a, 0, perClient)));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Timing>> f : futures) {
                f.get().forEach(t -> all.add(t.wall()));
            }
            return all.stream().mapToDouble(Double::doubleValue).toArray();
        } finally {
            pool.shutdown();
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static double median(double[] values) {
        return pct(values, 50);
    }

    /** The p-th percentile (nearest rank); 100 is the maximum; NaN for no values. */
    static double pct(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
