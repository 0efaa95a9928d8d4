package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An administrator sees who is locked out and lifts a lockout (audited); who must still set up a
 * second factor; nobody else may do either, and each refusal names the account and its country.
 */
class LockedAccountsIT {

    private final Api api = Api.rest();

    @Test
    void anAdministratorSeesALockedAccountAndUnlocksItAndNobodyElseMay() {
        String user = Accounts.create(api, "caseworker", "JM-JCF-TIP");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Accounts.call(api, user, "Not-The-Password-" + i).status());
        }
        assertEquals(401, Accounts.call(api, user, Accounts.PASSWORD).status(), "locked: even the right password fails");
        long id = Accounts.find(api, user).getJsonNumber("id").longValue();

        JsonObject listed = locked().stream().filter(u -> u.getString("username").equals(user)).findFirst().orElseThrow();
        assertTrue(listed.getBoolean("locked"));
        assertFalse(listed.isNull("lockedUntil"), listed.toString());

        for (String other : List.of("sup-jm", "cw1-jm", "analyst", "partner1-jm")) {
            assertEquals(403, api.get("/api/users/locked", other).status(), other);
            assertEquals(403, api.get("/api/users/without-second-factor", other).status(), other);
            long before = Cases.denied(other, "user_account", id);
            assertEquals(403, api.post("/api/users/" + id + "/unlock", other, "").status(), other);
            assertEquals(before + 1, Cases.denied(other, "user_account", id), "the refusal names the account: " + other);
        }
        assertEquals(1, Cases.count("select count(*) from audit_entry where action = 'DENIED' and username = 'sup-jm'"
                + " and record_type = 'user_account' and record_id = ? and record_country = 'JM'", Long.toString(id)),
                "the refusal carries the account's country, for Jamaica's supervisor to see");
        assertEquals(401, Accounts.call(api, user, Accounts.PASSWORD).status(), "still locked after the refusals");

        Api.Reply unlocked = api.post("/api/users/" + id + "/unlock", "admin", "");
        assertEquals(200, unlocked.status(), unlocked.toString());
        assertFalse(unlocked.json().getBoolean("locked"));
        assertEquals(200, Accounts.call(api, user, Accounts.PASSWORD).status(), "the user can log in again at once");
        assertTrue(locked().stream().noneMatch(u -> u.getString("username").equals(user)), "no longer listed");
        assertEquals(1, Cases.count("select count(*) from audit_entry where action = 'STATE_CHANGE' and username = 'admin'"
                + " and record_type = 'user_account' and record_id = ? and detail like 'unlocked failures=%'", Long.toString(id)));
        assertEquals(404, api.post("/api/users/99999999/unlock", "admin", "").status());
    }

    @Test
    void theAccountsWithoutARequiredSecondFactorAreListedForAdministratorsOnly() {
        // the test server requires a second factor of no role: nobody is listed
        Api.Reply r = api.get("/api/users/without-second-factor", "admin");
        assertEquals(200, r.status(), r.toString());
        assertEquals(0, r.array().size(), r.toString());
    }

    @Test
    void theTokensAboutToExpireAreListedForAdministratorsOnlySoonestFirst() {
        String user = Accounts.create(api, "caseworker", "JM-JCF-TIP");
        long soon = token(user, "Nightly export", 3);
        long sooner = token(user, "Old sync", 1);
        long later = token(user, "Quarterly report", 30);
        long revoked = token(user, "Given up", 2);
        assertEquals(200, api.send(java.net.http.HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/me/tokens/" + revoked))
                .header("Authorization", Api.basic(user, Accounts.PASSWORD)).DELETE()).status());

        Api.Reply r = api.get("/api/tokens/expiring", "admin");
        assertEquals(200, r.status(), r.toString());
        List<Long> ids = r.array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("username").equals(user)).map(t -> t.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(sooner, soon), ids, "within 7 days, not revoked, the soonest first; not " + later);
        for (String other : List.of("sup-jm", "cw1-jm", "analyst", "partner1-jm")) {
            long before = Cases.denied(other, "api_token", null);
            assertEquals(403, api.get("/api/tokens/expiring", other).status(), other);
            assertEquals(before + 1, Cases.denied(other, "api_token", null), "the refusal is on the trail: " + other);
        }
    }

    private long token(String user, String name, int days) {
        Api.Reply r = api.send(java.net.http.HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/me/tokens"))
                .header("Authorization", Api.basic(user, Accounts.PASSWORD)).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"" + name + "\",\"days\":" + days + "}")));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonObject("token").getJsonNumber("id").longValue();
    }

    private List<JsonObject> locked() {
        Api.Reply r = api.get("/api/users/locked", "admin");
        assertEquals(200, r.status(), r.toString());
        return r.array().getValuesAs(JsonObject.class);
    }
}
