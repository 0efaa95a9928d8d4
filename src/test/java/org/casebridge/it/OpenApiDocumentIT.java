package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The API description a client generator uses: what the server publishes at {@code /openapi} is the
 * committed snapshot (from which the build generates the test client and which CI lints; keys in
 * alphabetical order, so that the comparison and a refresh are stable), and every operation has a
 * unique operationId, a summary and its refusals as problem documents.
 */
class OpenApiDocumentIT {

    /** The command that writes the served document into the snapshot (docs/architecture.md, "The API description"). */
    static final String REFRESH = "./mvnw clean verify -Dit.test=OpenApiDocumentIT -Dtest=NONE"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcasebridge.openapi.refresh=true";

    private final Api api = Api.rest();

    @Test
    void theServedDocumentIsTheCommittedSnapshot() throws IOException {
        Api.Reply r = api.send(HttpRequest.newBuilder(CaseBridgeServer.get().uri("/openapi")).header("Accept", "application/json"));
        assertEquals(200, r.status(), r.toString());
        String served = canonical(r.body());
        Path snapshot = Path.of(System.getProperty("casebridge.openapi.snapshot", "src/main/openapi/casebridge-api.json"));
        if (Boolean.getBoolean("casebridge.openapi.refresh")) {
            Files.writeString(snapshot, served, StandardCharsets.UTF_8);
            System.out.println("OpenApiDocumentIT: wrote the served document to " + snapshot + "; lint it and commit it");
            return;
        }
        String committed = canonical(Files.readString(snapshot, StandardCharsets.UTF_8));
        if (!committed.equals(served)) {
            fail("The served /openapi differs from the snapshot " + snapshot + " " + firstDifference(committed, served)
                    + ".\nIf the change is intended, refresh the snapshot with\n  " + REFRESH
                    + "\nthen lint it (cd tools/redocly && npm ci && npm run lint) and commit it.");
        }
    }

    /**
     * The document with the keys of every object in alphabetical order, pretty-printed: the server writes
     * them in an order that can change from one start to the next (arrays keep theirs, which is meaningful).
     */
    static String canonical(String json) {
        JsonValue doc;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            doc = reader.readValue();
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(sorted(doc));
        }
        return out.toString().strip() + "\n";
    }

    private static JsonValue sorted(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder b = Json.createObjectBuilder();
                new TreeMap<>(value.asJsonObject()).forEach((k, v) -> b.add(k, sorted(v)));
                yield b.build();
            }
            case ARRAY -> {
                JsonArrayBuilder b = Json.createArrayBuilder();
                value.asJsonArray().forEach(v -> b.add(sorted(v)));
                yield b.build();
            }
            default -> value;
        };
    }

    @Test
    void everyOperationHasAUniqueIdASummaryAndItsRefusalsAsProblems() {
        Api.Reply r = api.send(HttpRequest.newBuilder(CaseBridgeServer.get().uri("/openapi")).header("Accept", "application/json"));
        assertEquals(200, r.status(), r.toString());
        JsonObject doc = r.json();
        assertEquals("/", doc.getJsonArray("servers").getJsonObject(0).getString("url"), "one relative server, no host");
        JsonObject schemes = doc.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("basic", schemes.getJsonObject("basic").getString("scheme"));
        assertEquals("bearer", schemes.getJsonObject("bearer").getString("scheme"));
        assertNotNull(doc.getJsonObject("info").getJsonObject("license"), "a licence");
        assertEquals("application/problem+json", doc.getJsonObject("components").getJsonObject("responses")
                .getJsonObject("NotFound").getJsonObject("content").keySet().iterator().next());
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : doc.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                operations++;
                JsonObject o = op.getValue().asJsonObject();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                assertTrue(o.containsKey("operationId") && ids.add(o.getString("operationId")), where + ": a unique operationId");
                assertTrue(o.containsKey("summary") && !o.getString("summary").isBlank(), where + ": a summary");
                JsonObject responses = o.getJsonObject("responses");
                assertEquals("#/components/responses/Unauthorized", responses.getJsonObject("401").getString("$ref"), where);
                assertTrue(responses.containsKey("403"), where + ": 403");
                boolean pathParam = path.getKey().contains("{");
                assertEquals(pathParam, responses.containsKey("404"), where + ": 404 exactly where a record is named");
                boolean ifMatch = o.containsKey("parameters") && o.getJsonArray("parameters").stream()
                        .anyMatch(p -> "If-Match".equals(p.asJsonObject().getString("name")));
                assertEquals(ifMatch, responses.containsKey("412") && responses.containsKey("428"), where + ": 412 and 428");
            }
        }
        assertTrue(operations >= 80, "every operation is described: " + operations);
    }

    private static String firstDifference(String committed, String served) {
        String[] a = committed.split("\n", -1);
        String[] b = served.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "(end of file)";
            String right = i < b.length ? b[i] : "(end of document)";
            if (!left.equals(right)) {
                return "first at line " + (i + 1) + ":\n  snapshot: " + left + "\n  served:   " + right;
            }
        }
        return "";
    }
}
