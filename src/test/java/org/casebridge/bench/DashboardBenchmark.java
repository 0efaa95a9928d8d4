package org.casebridge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The supervisor's home page against the case list's page 1 (issue 13 item 6), side by side in one run as the
 * supervisor of Jamaica: {@code GET /api/dashboard} (every figure of the supervisor's home, the same service as
 * the screen) and {@code GET /api/cases?size=25} (page 1 with its count), each as wall time on the client and
 * without the authentication's own time (the server's {@code Server-Timing: auth;dur=}). Both calls carry a
 * personal API token of the supervisor ({@link BenchToken}), as a production API client does. Part of {@link CaseListBenchmark} ({@code --only dashboard}).
 */
final class DashboardBenchmark {

    private static final String USER = "sup-jm";
    private static final Pattern AUTH = Pattern.compile("auth;dur=([0-9.]+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String server;
    private final String authorization;
    private final TokenBenchmark.Out out;

    private DashboardBenchmark(String server, String authorization, TokenBenchmark.Out out) {
        this.server = server;
        this.authorization = authorization;
        this.out = out;
    }

    static void run(String server, String demoPassword, int size, int runs, int warmup, TokenBenchmark.Out out)
            throws Exception {
        if (server == null) {
            throw new IllegalArgumentException("--only dashboard needs --server");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        try (BenchToken token = BenchToken.create(client, server, USER, demoPassword, "bench-dashboard")) {
            new DashboardBenchmark(server, token.authorization(), out).measure("/api/cases?size=" + size, runs, warmup);
        }
    }

    private void measure(String casePage, int runs, int warmup) throws Exception {
        double[][] dashboard = series("/api/dashboard", runs, warmup);
        double[][] cases = series(casePage, runs, warmup);
        out.line("");
        out.line("## The supervisor's home page against the case list's page 1, as %s with an API token; median of %d runs"
                + " after %d warm-up (ms)", USER, runs, warmup);
        out.line("");
        out.line("| call | wall | authentication | without authentication | ratio to the case list |");
        out.line("|---|---:|---:|---:|---:|");
        double base = median(cases[2]);
        row("GET " + casePage, cases, base);
        row("GET /api/dashboard", dashboard, base);
    }

    private void row(String what, double[][] s, double base) {
        double without = median(s[2]);
        out.line("| %s | %.2f | %.2f | %.2f | %.2f |", what, median(s[0]), median(s[1]), without, without / base);
    }

    /** Wall, authentication and the difference of each measured run. */
    private double[][] series(String path, int runs, int warmup) throws Exception {
        for (int i = 0; i < warmup; i++) {
            call(path);
        }
        double[][] s = new double[3][runs];
        for (int i = 0; i < runs; i++) {
            double[] t = call(path);
            s[0][i] = t[0];
            s[1][i] = t[1];
            s[2][i] = t[0] - t[1];
        }
        return s;
    }

    private double[] call(String path) throws Exception {
        return call(http, server, path, authorization);
    }

    /** One GET answered 200: wall time on the client and the server's authentication time (Server-Timing), in ms. */
    static double[] call(HttpClient http, String server, String path, String authorization) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double wall = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        double auth = response.headers().allValues("Server-Timing").stream().map(AUTH::matcher).filter(Matcher::find)
                .mapToDouble(m -> Double.parseDouble(m.group(1))).findFirst().orElse(0);
        return new double[] {wall, auth};
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
