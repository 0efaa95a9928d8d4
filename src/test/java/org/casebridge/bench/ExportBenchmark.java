package org.casebridge.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Duration;
import java.util.Arrays;
import org.postgresql.PGConnection;

/**
 * The HTCDS export of a supervisor's country against a PostgreSQL {@code COPY} of the same columns (one
 * row per victim of a case, with the case's exploitation types and exploitation countries), and the
 * server's heap during the export. Part of {@link CaseListBenchmark} ({@code --only export}); needs
 * {@code --server} and a PostgreSQL {@code --url}. The export is timed end to end: POST, the background
 * job polled every 100 ms until DONE, and the download, with a personal API token of the supervisor. The server's
 * heap is sampled with {@code jstat} ({@link HeapSampler}) while the export runs.
 */
final class ExportBenchmark {

    private static final String USER = "sup-jm";

    /** The same rows and columns the export writes, as the database alone would produce them ({@code %s}: the date bound). */
    static final String COPY = "copy (select c.id, c.case_number, co.code, c.identification_date, c.status, v.id,"
            + " v.trafficking_status, v.status_decided_by, v.gender, v.birth_date, v.estimated_age, v.citizenships, v.languages,"
            + " v.migration_status, v.age_when_trafficked, v.relationship_to_trafficker,"
            + " (select string_agg(x.type, ';' order by x.type) from case_exploitation x where x.case_id = c.id),"
            + " c.sex_exploitation_types, c.forced_labour_industry, c.methods_of_control, c.methods_of_recruitment,"
            + " c.recruitment_apps, c.exploitation_apps,"
            + " (select string_agg(distinct e.country_code, ';') from case_event e where e.case_id = c.id and e.voided = false"
            + " and e.type = 'EXPLOITATION')"
            + " from case_file c join country co on co.id = c.country_id"
            + " left join case_victim cv on cv.case_id = c.id left join victim v on v.id = cv.victim_id and v.voided = false"
            + " where c.voided = false and co.code = 'JM' %s order by c.identification_date, c.id, v.id) to stdout with (format csv, header)";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String server;
    private final String demoPassword;
    private final TokenBenchmark.Out out;
    private String authorization;

    private ExportBenchmark(String server, String demoPassword, TokenBenchmark.Out out) {
        this.server = server;
        this.demoPassword = demoPassword;
        this.out = out;
    }

    /**
     * {@code cases}: the export holds Jamaica's newest this many cases (the filter "identified from" the date that
     * gives them; 0: all of Jamaica's cases). {@code serverPid}: the server JVM, whose heap {@code jstat} samples.
     */
    static void run(Connection db, String server, String demoPassword, int runs, int cases, Long serverPid, TokenBenchmark.Out out)
            throws Exception {
        if (server == null) {
            throw new IllegalArgumentException("--only export needs --server");
        }
        new ExportBenchmark(server, demoPassword, out).measure(db, Math.max(1, runs), cases, serverPid);
    }

    private void measure(Connection db, int runs, int cases, Long serverPid) throws Exception {
        LocalDate from = null;
        long caseCount;
        if (cases > 0) {
            try (PreparedStatement q = db.prepareStatement("select c.identification_date from case_file c join country co"
                    + " on co.id = c.country_id where c.voided = false and co.code = 'JM' order by c.identification_date desc"
                    + " offset ? limit 1")) {
                q.setInt(1, cases - 1);
                try (ResultSet rs = q.executeQuery()) {
                    from = rs.next() ? rs.getDate(1).toLocalDate() : null;
                }
            }
        }
        String bound = from == null ? "" : "and c.identification_date >= date '" + from + "'";
        try (PreparedStatement q = db.prepareStatement("select count(*) from case_file c join country co on co.id = c.country_id"
                + " where c.voided = false and co.code = 'JM' " + bound)) {
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                caseCount = rs.getLong(1);
            }
        }
        String copySql = COPY.formatted(bound);
        String body = from == null ? "{\"kind\":\"HTCDS_CASES\",\"format\":\"CSV\"}"
                : "{\"kind\":\"HTCDS_CASES\",\"format\":\"CSV\",\"filters\":{\"from\":\"" + from + "\"}}";
        double[] copy = new double[runs];
        double[] export = new double[runs];
        double[] job = new double[runs];
        long copyBytes = 0;
        long rows = 0;
        long bytes = 0;
        HeapSampler.Peak heap = new HeapSampler.Peak();
        try (BenchToken token = BenchToken.create(http, server, USER, demoPassword, "bench-export")) {
            authorization = token.authorization();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                Counting sink = new Counting();
                db.unwrap(PGConnection.class).getCopyAPI().copyOut(copySql, sink);
                copy[i] = (System.nanoTime() - start) / 1e6;
                copyBytes = sink.count;

                try (HeapSampler sampler = HeapSampler.start(serverPid, heap)) {
                    start = System.nanoTime();
                    HttpResponse<String> asked = http.send(request("/api/exports")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                    if (asked.statusCode() != 202) {
                        throw new IllegalStateException("export refused: " + asked.statusCode() + " " + asked.body());
                    }
                    long id = json(asked.body()).getJsonNumber("id").longValue();
                    JsonObject state;
                    do {
                        Thread.sleep(100);
                        state = json(http.send(request("/api/exports/" + id).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
                    } while (!state.getString("status").equals("DONE") && !state.getString("status").equals("FAILED"));
                    if (!state.getString("status").equals("DONE")) {
                        throw new IllegalStateException("export failed: " + state);
                    }
                    job[i] = (System.nanoTime() - start) / 1e6;
                    HttpResponse<byte[]> file = http.send(request("/api/exports/" + id + "/file").GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    export[i] = (System.nanoTime() - start) / 1e6;
                    rows = state.getJsonNumber("rows").longValue();
                    bytes = file.body().length;
                }
            }
        }
        double c = median(copy);
        double e = median(export);
        out.line("");
        out.line("## HTCDS export of Jamaica's cases%s against COPY (median of %d; the export's calls with an API token)",
                from == null ? "" : " identified from " + from, runs);
        out.line("");
        out.line("Cases: %,d. COPY runs (ms): %s. Export runs, POST to downloaded (ms): %s. Of them POST to DONE: %s.", caseCount,
                Arrays.toString(copy), Arrays.toString(export), Arrays.toString(job));
        out.line("");
        out.line("| cases | rows | COPY ms | COPY bytes | export ms (POST to downloaded) | of it POST to DONE | file bytes | export/COPY"
                + " | server heap used, max sampled (young + old, all runs) | old generation used, max sampled |");
        out.line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.line("| %,d | %,d | %.0f | %,d | %.0f | %.0f | %,d | %.2f | %s | %s |", caseCount, rows, c, copyBytes, e, median(job), bytes,
                e / c, heap.used() > 0 ? heap.used() / 1024 + " MB" : "n/a (no --server-pid)",
                heap.old() > 0 ? heap.old() / 1024 + " MB" : "n/a");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(600)).header("Authorization", authorization)
                .header("Accept", "application/json, text/csv");
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** Counts and drops what COPY sends. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
