package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/** Cases for black-box tests: intake bodies, opening a case through the API, and looking at the server's database. */
final class Cases {

    private Cases() {
    }

    /** A valid case description identified at {@code place} (make it unique per test). */
    static JsonObjectBuilder details(String place) {
        return Json.createObjectBuilder()
                .add("stage", "IDENTIFICATION")
                .add("riskLevel", "HIGH")
                .add("identificationDate", LocalDate.now().minusDays(10).toString())
                .add("identificationPlace", place)
                .add("exploitationTypes", Json.createArrayBuilder().add("FORCED_LABOUR"))
                .add("forcedLabourIndustry", "A")
                .add("methodsOfControl", Json.createArrayBuilder().add("PHYSICAL_THREATS"));
    }

    static JsonObjectBuilder victim(String alias) {
        return Json.createObjectBuilder()
                .add("givenName", "Testgiven")
                .add("familyName", "Testfamily")
                .add("alias", alias)
                .add("gender", "FEMININE")
                .add("birthDate", LocalDate.now().minusYears(30).toString())
                .add("citizenships", Json.createArrayBuilder().add("JM"))
                .add("languages", Json.createArrayBuilder().add("en"))
                .add("traffickingStatus", "POSSIBLE");
    }

    static JsonObjectBuilder consent() {
        return Json.createObjectBuilder()
                .add("purpose", "SERVICE_REFERRAL")
                .add("scope", "ANY")
                .add("givenOn", LocalDate.now().toString());
    }

    static String intake(JsonObjectBuilder details, JsonObjectBuilder victim) {
        return Json.createObjectBuilder().add("details", details).add("victim", victim)
                .add("consents", Json.createArrayBuilder().add(consent())).build().toString();
    }

    /** Opens a case as {@code user} through the API; returns the case as answered. */
    static JsonObject open(Api api, String user, String place) {
        Api.Reply r = api.post("/api/cases", user, intake(details(place), victim("V-" + place.hashCode())));
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static String path(JsonObject c) {
        return "/api/cases/" + c.getJsonNumber("id").longValue();
    }

    static long victimId(JsonObject c) {
        return c.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** The current ETag of a case, read by someone who may see it. */
    static String etag(Api api, String path, String user) {
        Api.Reply r = api.get(path, user);
        assertEquals(200, r.status(), r.toString());
        return r.header("ETag");
    }

    /** A request as an account that does not have the demo password. */
    static Api.Reply as(Api api, String user, String password, String method, String path, String json) {
        return api.send(request(user, password, method, path, json));
    }

    /** A POST with If-Match, for the workflow calls that need the version. */
    static Api.Reply post(Api api, String path, String user, String json, String ifMatch) {
        HttpRequest.Builder b = request(user, TestSettings.DEMO_PASSWORD, "POST", path, json);
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return api.send(b);
    }

    static HttpRequest.Builder request(String user, String password, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(CaseBridgeServer.get().uri(path)).header("Accept", "application/json")
                .header("Authorization", Api.basic(user, password));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return b;
    }

    static long count(String sql, Object... params) {
        try (Connection c = TestDatabases.connect(CaseBridgeServer.DB); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long rows(String table) {
        try (Connection c = TestDatabases.connect(CaseBridgeServer.DB); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DENIED audit entries by {@code user} about a record ({@code recordId} null: refusals of a whole kind of record). */
    static long denied(String user, String recordType, Object recordId) {
        return recordId == null
                ? count("select count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED' and username = ?"
                        + " and record_type = ? and record_id is null", user, recordType)
                : count("select count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED' and username = ?"
                        + " and record_type = ? and record_id = ?", user, recordType, recordId.toString());
    }
}
