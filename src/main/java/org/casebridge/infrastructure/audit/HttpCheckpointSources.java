package org.casebridge.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.CheckpointSources;
import org.casebridge.domain.model.audit.Ed25519;
import org.casebridge.domain.model.audit.WitnessSource;
import org.casebridge.domain.model.audit.WitnessedCheckpoint;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installations this one witnesses, over HTTP with Basic authentication and timeouts. Configured
 * by {@code casebridge.audit.witness.sources} ({@code name=base URL}, comma-separated) and, for each
 * name, {@code casebridge.audit.witness.<name>.public-key} (the pinned Base64 X.509 Ed25519 key its
 * checkpoints must be signed with), {@code .user} and {@code .password} (an account there that may list
 * checkpoints: an administrator or supervisor). A source whose configuration is incomplete is skipped
 * with one warning. Nothing of an answer is logged but its status.
 */
@ApplicationScoped
public class HttpCheckpointSources implements CheckpointSources {

    static final String SOURCES = "casebridge.audit.witness.sources";
    private static final String PREFIX = "casebridge.audit.witness.";
    private static final Logger LOG = Logger.getLogger(HttpCheckpointSources.class.getName());
    private static final int PAGE = 200;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "casebridge.audit.witness.timeout-seconds", defaultValue = "10")
    long timeoutSeconds;

    private volatile HttpClient client;

    @Override
    public List<WitnessSource> sources() {
        List<WitnessSource> sources = new ArrayList<>();
        for (String entry : config.getOptionalValues(SOURCES, String.class).orElse(List.of())) {
            String name = "";
            try {
                String[] named = WitnessSource.named(entry);
                name = named[0];
                URI base = URI.create(named[1].replaceAll("/+$", ""));
                if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
                    throw new IllegalArgumentException("the URL must be http(s)://host[:port][/path]");
                }
                String source = name;
                String key = setting(name, "public-key").orElseThrow(() ->
                        new IllegalArgumentException(PREFIX + source + ".public-key is not set"));
                sources.add(new WitnessSource(name, base, Ed25519.publicKey(key)));
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "{0}: source \"{1}\" skipped: {2}", new Object[] {SOURCES, name, e.getMessage()});
            }
        }
        return sources;
    }

    @Override
    public Listing fetch(WitnessSource source, long after) throws Unreachable {
        HttpResponse<String> answer = send(source, request(source, "/api/audit/checkpoints?size=" + PAGE
                + "&after=" + after).GET());
        if (answer.statusCode() != 200) {
            throw new Unreachable("HTTP " + answer.statusCode() + " listing checkpoints");
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            JsonObject page = reader.readObject();
            List<AuditCheckpoint> checkpoints = new ArrayList<>();
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                checkpoints.add(new AuditCheckpoint(item.getJsonNumber("sequence").longValueExact(),
                        item.getString("headHash"), Instant.parse(item.getString("createdAt")),
                        item.getString("signature")));
            }
            Long next = !page.containsKey("next") || page.isNull("next") ? null
                    : Long.valueOf(page.getJsonNumber("next").longValueExact());
            return new Listing(checkpoints, next);
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException
                | java.time.format.DateTimeParseException e) {
            throw new Unreachable("the answer is not a checkpoint list");
        }
    }

    @Override
    public boolean deliver(WitnessSource source, WitnessedCheckpoint w, String witnessPublicKey) throws Unreachable {
        String body = Json.createObjectBuilder().add("headHash", w.getHeadHash())
                .add("createdAt", w.getCreatedAt().toString()).add("signature", w.getSignature())
                .add("witnessedAt", w.getFetchedAt().toString()).add("countersignature", w.getCountersignature())
                .add("publicKey", witnessPublicKey).build().toString();
        HttpResponse<String> answer = send(source, request(source, "/api/audit/checkpoints/" + w.getSequence()
                + "/witnesses").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        if (answer.statusCode() == 200 || answer.statusCode() == 201) {
            return true;
        }
        LOG.log(Level.WARNING, "Audit witness: {0} refused the countersignature of checkpoint {1}: HTTP {2}",
                new Object[] {source.name(), w.getSequence(), answer.statusCode()});
        return false;
    }

    private HttpRequest.Builder request(WitnessSource source, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(source.base() + path))
                .timeout(Duration.ofSeconds(timeoutSeconds)).header("Accept", "application/json");
        Optional<String> user = setting(source.name(), "user");
        if (user.isPresent()) {
            String credentials = user.get() + ":" + setting(source.name(), "password").orElse("");
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private HttpResponse<String> send(WitnessSource source, HttpRequest.Builder request) throws Unreachable {
        try {
            return client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unreachable("no answer from " + source.base() + " (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        } catch (IllegalArgumentException e) {
            throw new Unreachable("bad URL for " + source.name());
        }
    }

    private Optional<String> setting(String source, String key) {
        return config.getOptionalValue(PREFIX + source + "." + key, String.class).filter(v -> !v.isBlank());
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            client = c;
        }
        return c;
    }
}
