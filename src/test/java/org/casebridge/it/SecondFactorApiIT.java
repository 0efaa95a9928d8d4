package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The caller's own password and second factor over REST: changing the password (the current one, the
 * policy, a different one), the temporary password after an administrator's reset (403 problem+json on
 * everything but the change), enrolment (secret and otpauth address, confirmed by a first code, ten
 * recovery codes once) and an administrator's reset of the second factor (the user is told).
 */
class SecondFactorApiIT {

    private final Api api = Api.rest();

    @Test
    void ownPasswordNeedsTheCurrentOneThePolicyAndADifferentOne() {
        String user = Accounts.create(api, "caseworker", "JM-JCF-TIP");
        String next = "A completely new passphrase 77";
        Api.Reply wrong = as(user, Accounts.PASSWORD, "POST", "/api/me/password", pw("Not-the-current-one-1", next));
        assertEquals(400, wrong.status(), wrong.toString());
        assertTrue(wrong.json().getJsonObject("errors").containsKey("currentPassword"), wrong.toString());
        Api.Reply weak = as(user, Accounts.PASSWORD, "POST", "/api/me/password", pw(Accounts.PASSWORD, "short"));
        assertEquals(400, weak.status());
        assertTrue(weak.json().getJsonObject("errors").containsKey("password"), weak.toString());
        Api.Reply same = as(user, Accounts.PASSWORD, "POST", "/api/me/password", pw(Accounts.PASSWORD, Accounts.PASSWORD));
        assertEquals(400, same.status());
        assertTrue(same.json().getJsonObject("errors").getString("password").contains("different"), same.toString());
        assertEquals(200, Accounts.call(api, user, Accounts.PASSWORD).status(), "refusals change nothing");

        assertEquals(204, as(user, Accounts.PASSWORD, "POST", "/api/me/password", pw(Accounts.PASSWORD, next)).status());
        assertEquals(401, Accounts.call(api, user, Accounts.PASSWORD).status(), "the old password no longer works");
        assertEquals(200, Accounts.call(api, user, next).status());
    }

    @Test
    void afterAnAdministratorsResetOnlyThePasswordChangeIsAllowed() {
        String user = Accounts.create(api, "caseworker", "JM-JCF-TIP");
        long id = Accounts.find(api, user).getJsonNumber("id").longValue();
        String temporary = "Temporary passphrase from admin 5";
        assertEquals(204, api.post("/api/users/" + id + "/password", "admin", "{\"password\":\"" + temporary + "\"}").status());
        assertTrue(Accounts.find(api, user).getBoolean("passwordChangeRequired"));

        for (String path : List.of("/api/me", "/api/cases", "/api/notifications")) {
            Api.Reply refused = as(user, temporary, "GET", path, null);
            assertEquals(403, refused.status(), path + ": " + refused);
            assertEquals("application/problem+json", refused.header("Content-Type").split(";")[0]);
            assertTrue(refused.json().getString("detail").startsWith("Password change required"), refused.toString());
        }
        Api.Reply enrol = as(user, temporary, "POST", "/api/me/second-factor", null);
        assertEquals(403, enrol.status(), "not even a second factor before the password");

        String own = "My own passphrase after reset 3";
        assertEquals(204, as(user, temporary, "POST", "/api/me/password", pw(temporary, own)).status());
        Api.Reply me = as(user, own, "GET", "/api/me", null);
        assertEquals(200, me.status(), me.toString());
        assertFalse(me.json().getBoolean("passwordChangeRequired"));
        assertEquals(200, as(user, own, "GET", "/api/cases", null).status());
    }

    @Test
    void enrolmentGivesSecretAndAddressAndTenRecoveryCodesOnceConfirmedAndEndsBasicForTheAccount() {
        String user = Accounts.create(api, "caseworker", "JM-JCF-TIP");
        Api.Reply tokenMade = as(user, Accounts.PASSWORD, "POST", "/api/me/tokens", "{\"name\":\"Before the factor\",\"days\":5}");
        assertEquals(201, tokenMade.status(), tokenMade.toString());
        String token = tokenMade.json().getString("secret");
        Api.Reply confirmFirst = as(user, Accounts.PASSWORD, "POST", "/api/me/second-factor/confirm", "{\"code\":\"123456\"}");
        assertEquals(400, confirmFirst.status(), "nothing to confirm yet: " + confirmFirst);

        JsonObject start = as(user, Accounts.PASSWORD, "POST", "/api/me/second-factor", null).json();
        String secret = start.getString("secret");
        assertEquals(32, secret.length());
        assertEquals("otpauth://totp/CaseBridge:" + user + "?secret=" + secret
                + "&issuer=CaseBridge&algorithm=SHA1&digits=6&period=30", start.getString("otpauthUri"));
        assertFalse(as(user, Accounts.PASSWORD, "GET", "/api/me", null).json().getBoolean("secondFactor"),
                "not on before the first code");

        String wrongCode = Totp.code(secret, java.time.Instant.now().minusSeconds(300));
        Api.Reply wrong = as(user, Accounts.PASSWORD, "POST", "/api/me/second-factor/confirm", code(wrongCode));
        assertEquals(400, wrong.status(), wrong.toString());
        assertTrue(wrong.json().getJsonObject("errors").containsKey("code"));

        Api.Reply confirmed = as(user, Accounts.PASSWORD, "POST", "/api/me/second-factor/confirm", code(Totp.now(secret)));
        assertEquals(200, confirmed.status(), confirmed.toString());
        List<String> codes = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals(10, new HashSet<>(codes).size());
        assertTrue(codes.stream().allMatch(c -> c.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}")), codes.toString());
        // From now on the password alone is not enough for the API: HTTP Basic is refused, a token works.
        Api.Reply basic = as(user, Accounts.PASSWORD, "GET", "/api/me", null);
        assertEquals(401, basic.status(), basic.toString());
        assertTrue(basic.json().getString("detail").contains("API token"), basic.toString());
        Api.Reply wrongPassword = as(user, "Not-The-Password-1", "GET", "/api/me", null);
        assertEquals(401, wrongPassword.status());
        assertFalse(wrongPassword.json().getString("detail").contains("second factor"),
                "without the right password nothing says the account has a second factor");
        JsonObject me = withToken(token, "/api/me").json();
        assertTrue(me.getBoolean("secondFactor"));
        assertFalse(me.getBoolean("secondFactorRequired"), "the test server requires it of no role");
        assertFalse(withToken(token, "/api/me").body().contains(codes.get(0)), "shown once");
        assertEquals(1, Cases.count("select count(*) from audit_entry where action = 'LOGIN_FAILED' and username = ?"
                + " and detail like 'HTTP Basic refused%'", user), "the refused Basic login is on the trail");
    }

    @Test
    void anAdministratorResetsASecondFactorAndTheUserIsTold() {
        String user = Accounts.create(api, "caseworker", "JM-JCF-TIP");
        String secret = as(user, Accounts.PASSWORD, "POST", "/api/me/second-factor", null).json().getString("secret");
        assertEquals(200, as(user, Accounts.PASSWORD, "POST", "/api/me/second-factor/confirm", code(Totp.now(secret))).status());
        long id = Accounts.find(api, user).getJsonNumber("id").longValue();
        assertTrue(Accounts.find(api, user).getBoolean("secondFactor"));

        assertEquals(403, api.post("/api/users/" + id + "/second-factor/reset", "sup-jm", "").status(),
                "only an administrator");
        Api.Reply reset = api.post("/api/users/" + id + "/second-factor/reset", "admin", "");
        assertEquals(200, reset.status(), reset.toString());
        assertFalse(reset.json().getBoolean("secondFactor"));
        assertEquals(400, api.post("/api/users/" + id + "/second-factor/reset", "admin", "").status(), "nothing left to reset");

        Api.Reply told = as(user, Accounts.PASSWORD, "GET", "/api/notifications?size=50", null);
        assertEquals(200, told.status(), told.toString());
        assertTrue(told.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("kind").equals("SECOND_FACTOR_RESET") && n.getJsonNumber("recordId").longValue() == id),
                told.toString());
        Api.Reply trail = api.get("/api/audit?recordType=user_account&recordId=" + id, "sup-jm");
        assertEquals(200, trail.status(), trail.toString());
        assertTrue(trail.body().contains("second factor reset"), "audited: " + trail);
    }

    private Api.Reply withToken(String token, String path) {
        return api.send(HttpRequest.newBuilder(CaseBridgeServer.get().uri(path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json"));
    }

    private Api.Reply as(String user, String password, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(CaseBridgeServer.get().uri(path))
                .header("Authorization", Api.basic(user, password)).header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.noBody());
        }
        return api.send(b);
    }

    private static String pw(String current, String next) {
        return "{\"currentPassword\":\"" + current + "\",\"password\":\"" + next + "\"}";
    }

    private static String code(String c) {
        return "{\"code\":\"" + c + "\"}";
    }
}
