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

    private List<JsonObject> locked() {
        Api.Reply r = api.get("/api/users/locked", "admin");
        assertEquals(200, r.status(), r.toString());
        return r.array().getValuesAs(JsonObject.class);
    }
}
