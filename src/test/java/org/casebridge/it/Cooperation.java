package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;

/** Cooperation requests over REST, for the black-box tests. */
final class Cooperation {

    static final String API = "/api/cooperation-requests";

    private Cooperation() {
    }

    /** A request about {@code caseSheet} to {@code country}, sharing {@code share} (victim fields about its first victim). */
    static JsonObjectBuilder body(JsonObject caseSheet, String country, boolean draft, String... share) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        boolean victim = false;
        for (String f : share) {
            fields.add(f);
            victim |= f.startsWith("VICTIM_");
        }
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("caseId", caseSheet.getJsonNumber("id").longValue())
                .add("requestedCountry", country)
                .add("type", "FAMILY_TRACING")
                .add("priority", "URGENT")
                .add("legalBasis", "Memorandum of understanding on trafficking cases, 2019")
                .add("purpose", "Trace the victim's family before a return is decided")
                .add("share", fields)
                .add("draft", draft);
        if (victim) {
            b.add("victimId", Cases.victimId(caseSheet));
        }
        return b;
    }

    static JsonObject create(Api api, String user, JsonObjectBuilder body) {
        Api.Reply r = api.post(API, user, body.build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static String path(JsonObject request) {
        return API + "/" + request.getJsonNumber("id").longValue();
    }

    static Api.Reply act(Api api, String user, String path, String json, String ifMatch) {
        return Referrals.act(api, user, path, json, ifMatch);
    }

    /** {@code action} (a path below the request) with no body, with the ETag of the request as {@code ifMatchReader} reads it. */
    static Api.Reply act(Api api, String user, String action, String ifMatchReader) {
        return act(api, user, action, null, Cases.etag(api, action.substring(0, action.lastIndexOf('/')), ifMatchReader));
    }

    static String text(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    static Api.Reply upload(Api api, String user, String path, long messageId, String name, byte[] content) {
        HttpRequest.Builder b = HttpRequest.newBuilder(CaseBridgeServer.get().uri(path + "/messages/" + messageId
                + "/attachments?name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("Authorization", Api.basic(user, TestSettings.DEMO_PASSWORD))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        return api.send(b);
    }

    /** DENIED entries of {@code user} about request {@code id} with {@code country} as the record's country. */
    static long denied(String user, long id, String country) {
        return Cases.count("select count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED' and username = ?"
                + " and record_type = 'cooperation_request' and record_id = ? and record_country = ?", user, Long.toString(id),
                country);
    }
}
