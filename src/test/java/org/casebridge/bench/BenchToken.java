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
import java.util.Base64;

/**
 * A personal API token of a demo account for the length of one scenario (created with the account's password
 * over Basic, revoked at the end), so that the timed calls authenticate as a production API client does
 * (a token: a SHA-256 and one lookup) and not with the 210,000-iteration password hash on every call.
 */
final class BenchToken implements AutoCloseable {

    private final HttpClient http;
    private final String server;
    private final String basic;
    private final long id;
    private final String bearer;

    private BenchToken(HttpClient http, String server, String basic, long id, String secret) {
        this.http = http;
        this.server = server;
        this.basic = basic;
        this.id = id;
        this.bearer = "Bearer " + secret;
    }

    static BenchToken create(HttpClient http, String server, String user, String password, String name) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + "/api/me/tokens"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"days\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("creating a token for " + user + " answered " + r.statusCode() + ": " + r.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            JsonObject o = reader.readObject();
            return new BenchToken(http, server, basic, o.getJsonObject("token").getJsonNumber("id").longValue(), o.getString("secret"));
        }
    }

    /** The value of the {@code Authorization} header. */
    String authorization() {
        return bearer;
    }

    @Override
    public void close() throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(server + "/api/me/tokens/" + id)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }
}
