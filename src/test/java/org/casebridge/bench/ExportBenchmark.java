package org.casebridge.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.postgresql.PGConnection;

/**
 * The HTCDS export of a supervisor's country against a PostgreSQL {@code COPY} of the same columns (one
 * row per victim of a case, with the case's exploitation types and exploitation countries), and the
 * server's heap during the export. Part of {@link CaseListBenchmark} ({@code --only export}); needs
 * {@code --server} and a PostgreSQL {@code --url}. The export is timed end to end: POST, the background
 * job polled every 100 ms until DONE, and the download.
 */
final class ExportBenchmark {

    private static final String USER = "sup-jm";

    /** The same rows and columns the export writes, as the database alone would produce them. */
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
            + " where c.voided = false and co.code = 'JM' order by c.identification_date, c.id, v.id) to stdout with (format csv, header)";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String server;
    private final String basic;
    private final TokenBenchmark.Out out;

    private ExportBenchmark(String server, String demoPassword, TokenBenchmark.Out out) {
        this.server = server;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + demoPassword).getBytes(StandardCharsets.UTF_8));
        this.out = out;
    }

    static void run(Connection db, String server, String demoPassword, int runs, TokenBenchmark.Out out) throws Exception {
        if (server == null) {
            throw new IllegalArgumentException("--only export needs --server");
        }
        new ExportBenchmark(server, demoPassword, out).measure(db, Math.max(1, runs));
    }

    private void measure(Connection db, int runs) throws Exception {
        double[] copy = new double[runs];
        double[] export = new double[runs];
        long copyBytes = 0;
        long rows = 0;
        long bytes = 0;
        long heapMax = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Counting sink = new Counting();
            db.unwrap(PGConnection.class).getCopyAPI().copyOut(COPY, sink);
            copy[i] = (System.nanoTime() - start) / 1e6;
            copyBytes = sink.count;

            start = System.nanoTime();
            HttpResponse<String> asked = http.send(request("/api/exports")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"HTCDS_CASES\",\"format\":\"CSV\"}"))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (asked.statusCode() != 202) {
                throw new IllegalStateException("export refused: " + asked.statusCode() + " " + asked.body());
            }
            long id = json(asked.body()).getJsonNumber("id").longValue();
            JsonObject job;
            do {
                Thread.sleep(100);
                heapMax = Math.max(heapMax, usedHeap());
                job = json(http.send(request("/api/exports/" + id).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            } while (!job.getString("status").equals("DONE") && !job.getString("status").equals("FAILED"));
            if (!job.getString("status").equals("DONE")) {
                throw new IllegalStateException("export failed: " + job);
            }
            HttpResponse<byte[]> file = http.send(request("/api/exports/" + id + "/file").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            export[i] = (System.nanoTime() - start) / 1e6;
            rows = job.getJsonNumber("rows").longValue();
            bytes = file.body().length;
        }
        double c = median(copy);
        double e = median(export);
        out.line("");
        out.line("## HTCDS export of Jamaica's cases against COPY (median of %d)", runs);
        out.line("");
        out.line("| rows | COPY ms | COPY bytes | export ms (POST to downloaded) | file bytes | export/COPY | server heap used, max sampled |");
        out.line("|---:|---:|---:|---:|---:|---:|---:|");
        out.line("| %,d | %.0f | %,d | %.0f | %,d | %.2f | %s |", rows, c, copyBytes, e, bytes, e / c,
                heapMax > 0 ? (heapMax / (1024 * 1024)) + " MB" : "n/a (no /metrics)");
    }

    /** The server's used heap from MicroProfile Metrics ({@code base_memory_usedHeap_bytes}), 0 when not readable. */
    private long usedHeap() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + "/metrics?scope=base"))
                    .header("Authorization", basic).timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            for (String line : r.body().split("\n")) {
                if (line.startsWith("base_memory_usedHeap_bytes") || line.startsWith("memory_usedHeap_bytes")) {
                    return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        } catch (Exception notAvailable) {
            return 0;
        }
        return 0;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(600)).header("Authorization", basic)
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
