package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.UUID;

/** Test accounts created through the API by the demo admin, so that each test has its own user. */
public final class Accounts {

    public static final String PASSWORD = "Test-Account-Passphrase-9";

    private Accounts() {
    }

    /** Creates a fresh user with {@code role} in the agency with {@code agencyCode}; returns the username. */
    public static String create(Api api, String role, String agencyCode) {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 12);
        int agency = api.get("/api/agencies", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals(agencyCode)).findFirst().orElseThrow().getInt("id");
        Api.Reply r = api.post("/api/users", "admin", json(username, role, agency, PASSWORD));
        assertEquals(201, r.status(), r.toString());
        return username;
    }

    static String json(String username, String role, int agencyId, String password) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Test " + username + "\",\"agencyId\":" + agencyId
                + ",\"roles\":[\"" + role + "\"],\"password\":\"" + password + "\"}";
    }

    public static JsonObject find(Api api, String username) {
        return api.get("/api/users?filter=" + username, "admin").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("username").equals(username))
                .findFirst().orElseThrow();
    }

    /** GET /api/me as {@code user} with {@code password}. */
    public static Api.Reply call(Api api, String user, String password) {
        return api.send(HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/me"))
                .header("Authorization", Api.basic(user, password)));
    }
}
