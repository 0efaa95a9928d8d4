package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Referrals for black-box tests: request bodies, and sending one through the API. */
final class Referrals {

    private Referrals() {
    }

    static long agencyId(Api api, String code) {
        return api.get("/api/agencies", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
    }

    /** A referral of the case's first victim to {@code agencyId} for shelter, sharing the alias and the age band. */
    static JsonObjectBuilder body(JsonObject caseSheet, long agencyId, boolean draft) {
        return Json.createObjectBuilder()
                .add("caseId", caseSheet.getJsonNumber("id").longValue())
                .add("victimId", Cases.victimId(caseSheet))
                .add("recipientAgencyId", agencyId)
                .add("services", Json.createArrayBuilder().add("SHELTER"))
                .add("urgency", "URGENT")
                .add("reason", "Needs a safe place tonight")
                .add("share", Json.createArrayBuilder().add("ALIAS").add("AGE_BAND"))
                .add("needs", "A bed and counselling")
                .add("draft", draft);
    }

    static JsonObject create(Api api, String user, JsonObjectBuilder body) {
        Api.Reply r = api.post("/api/referrals", user, body.build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static String path(JsonObject referral) {
        return "/api/referrals/" + referral.getJsonNumber("id").longValue();
    }

    /** A POST with If-Match on a referral action. */
    static Api.Reply act(Api api, String user, String password, String path, String json, String ifMatch) {
        var b = Cases.request(user, password, "POST", path, json == null ? "{}" : json);
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return api.send(b);
    }

    static Api.Reply act(Api api, String user, String path, String json, String ifMatch) {
        return act(api, user, TestSettings.DEMO_PASSWORD, path, json, ifMatch);
    }

    static String etag(Api api, String path, String user) {
        Api.Reply r = api.get(path, user);
        assertEquals(200, r.status(), r.toString());
        return r.header("ETag");
    }
}
