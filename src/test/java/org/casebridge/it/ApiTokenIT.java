package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens over REST against the running server: the lifecycle (create, use, list, revoke),
 * read-only tokens, expiry, a disabled user, a removed role and a password reset taking effect at the next
 * request, what is stored and logged (only the hash; the secret neither in the server log nor in the audit
 * trail), the rate limit on failed token checks, administrators, and refusals for everyone else.
 */
class ApiTokenIT {

    private static final Api API = Api.rest();

    @Test
    void aTokenIsCreatedUsedListedAndRevokedAndOnlyItsHashIsStored() throws Exception {
        ServerLog log = ServerLog.from();
        String user = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        Api.Reply created = basic("POST", "/api/me/tokens", user, "{\"name\":\"Reporting export\",\"days\":30}");
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.header("Cache-Control").contains("no-store"), created.header("Cache-Control"));
        String secret = created.json().getString("secret");
        long id = created.json().getJsonObject("token").getJsonNumber("id").longValue();
        assertTrue(secret.startsWith("cbt_") && secret.length() == 47, "cbt_ and 256 bits in URL-safe Base64");
        assertFalse(created.json().getJsonObject("token").getBoolean("readOnly"));

        long loginsBefore = count("select count(*) from audit_entry where action = 'LOGIN' and username = ?", user);
        Api.Reply me = bearer("GET", "/api/me", secret, null);
        assertEquals(200, me.status(), me.toString());
        assertEquals(user, me.json().getString("username"));
        assertEquals(200, bearer("GET", "/api/cases", secret, null).status());
        assertEquals(loginsBefore, count("select count(*) from audit_entry where action = 'LOGIN' and username = ?", user),
                "a request authenticated by a token writes no LOGIN entry");
        assertEquals(1, count("select count(*) from audit_entry where action = 'VIEW' and username = ? and detail = ?",
                user, "self token=" + id), "the entries of a token's request name the token");
        assertEquals(1, count("select count(*) from audit_entry where action = 'TOKEN_USE' and record_id = ?",
                Long.toString(id)), "the first use, from a new client address, is audited once");
        assertEquals(1, count("select count(*) from audit_entry where action = 'CREATE' and record_type = 'api_token'"
                + " and record_id = ? and username = ?", Long.toString(id), user));

        JsonObject listed = basic("GET", "/api/me/tokens", user, null).array().getValuesAs(JsonObject.class).get(0);
        assertEquals(id, listed.getJsonNumber("id").longValue());
        assertEquals("Reporting export", listed.getString("name"));
        assertEquals("ACTIVE", listed.getString("status"));
        assertTrue(listed.containsKey("createdAt") && listed.containsKey("expiresAt") && listed.containsKey("lastUsedAt"),
                listed.toString());
        assertFalse(listed.toString().contains(secret) || listed.containsKey("secret"), "the secret is shown once");

        try (Connection c = TestDatabases.connectAsOwner(CaseBridgeServer.DB)) {
            assertEquals(List.of(sha256(secret)), column(c, "select secret_hash from api_token where id = " + id));
            assertFalse(rowText(c, "select * from api_token where id = " + id).contains(secret.substring(4)),
                    "the secret is not stored");
            assertEquals(0, count(c, "select count(*) from audit_entry where detail like ? or record_id like ?"
                    + " or shown_ids like ?", "%" + secret.substring(4, 20) + "%", "%" + secret.substring(4, 20) + "%",
                    "%" + secret.substring(4, 20) + "%"), "the secret is nowhere in the audit trail");
        }

        Api.Reply revoked = basic("DELETE", "/api/me/tokens/" + id, user, null);
        assertEquals(200, revoked.status(), revoked.toString());
        assertEquals("REVOKED", revoked.json().getString("status"));
        Api.Reply refused = bearer("GET", "/api/me", secret, null);
        assertEquals(401, refused.status(), "revocation takes effect at the next request");
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(1, count("select count(*) from audit_entry where action = 'LOGIN_FAILED' and record_type = 'api_token'"
                + " and record_id = ? and detail = 'token revoked'", Long.toString(id)));
        assertFalse(log.text().contains(secret.substring(4)), "the secret is not in the server log");
        assertEquals(List.of(), log.troubleLines());
    }

    @Test
    void aReadOnlyTokenReadsButIsRefusedOnEveryChange() throws Exception {
        String user = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        JsonObject created = basic("POST", "/api/me/tokens", user, "{\"name\":\"Dashboard\",\"days\":7,\"readOnly\":true}").json();
        String secret = created.getString("secret");
        long id = created.getJsonObject("token").getJsonNumber("id").longValue();
        assertEquals(200, bearer("GET", "/api/cases", secret, null).status());
        assertEquals(200, bearer("HEAD", "/api/me", secret, null).status());
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            Api.Reply r = bearer(method, "/api/cases", secret, "{}");
            assertEquals(403, r.status(), method + " " + r);
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"), method);
            assertEquals(403, r.json().getInt("status"));
        }
        assertEquals(403, bearer("DELETE", "/api/me/tokens/" + id, secret, null).status(), "not even its own revocation");
        assertEquals(4 + 1, count("select count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED'"
                + " and record_type = 'api_token' and record_id = ? and record_country = 'JM' and username = ?",
                Long.toString(id), user));
    }

    @Test
    void aDisabledUserARemovedRoleAndAPasswordResetTakeEffectAtTheNextRequest() {
        String user = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        String secret = create(user, "{\"name\":\"Sync\",\"days\":90}");
        JsonObject account = Accounts.find(API, user);
        int userId = account.getInt("id");
        assertEquals(200, bearer("GET", "/api/cases", secret, null).status());

        API.post("/api/users/" + userId + "/disable", "admin", "");
        assertEquals(401, bearer("GET", "/api/cases", secret, null).status(), "disabled: refused at once");
        API.post("/api/users/" + userId + "/enable", "admin", "");
        assertEquals(200, bearer("GET", "/api/cases", secret, null).status(), "enabled again: the token works again");

        String etag = API.get("/api/users/" + userId, "admin").header("ETag");
        Api.Reply changed = API.put("/api/users/" + userId, "admin", "{\"displayName\":\"Test " + user + "\",\"agencyId\":"
                + account.getInt("agencyId") + ",\"roles\":[\"analyst\"]}", etag);
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(403, bearer("GET", "/api/cases", secret, null).status(), "the token has the user's roles of now");
        assertEquals("[\"analyst\"]", bearer("GET", "/api/me", secret, null).json().getJsonArray("roles").toString());

        // The user's own change of password ends their other sessions, not their tokens.
        Api.Reply own = basic("POST", "/api/me/password", user, "{\"currentPassword\":\"" + Accounts.PASSWORD
                + "\",\"password\":\"A-Passphrase-Of-My-Own-42\"}");
        assertEquals(204, own.status(), own.toString());
        assertEquals(200, bearer("GET", "/api/me", secret, null).status(), "the own password change revokes no token");

        assertEquals(204, API.post("/api/users/" + userId + "/password", "admin",
                "{\"password\":\"Another-Long-Passphrase-7\"}").status());
        assertEquals(401, bearer("GET", "/api/me", secret, null).status(), "a password reset ends the tokens issued before");
        assertEquals("REVOKED", API.get("/api/users/" + userId + "/tokens", "admin").array().getJsonObject(0)
                .getString("status"), "shown as revoked, for the user and the administrator");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String user = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        JsonObject created = basic("POST", "/api/me/tokens", user, "{\"name\":\"Short\",\"days\":1}").json();
        String secret = created.getString("secret");
        long id = created.getJsonObject("token").getJsonNumber("id").longValue();
        assertEquals(200, bearer("GET", "/api/me", secret, null).status());
        try (Connection c = TestDatabases.connectAsOwner(CaseBridgeServer.DB); Statement s = c.createStatement()) {
            s.executeUpdate("update api_token set expires_at = created_at where id = " + id);
        }
        assertEquals(401, bearer("GET", "/api/me", secret, null).status());
        assertEquals("EXPIRED", basic("GET", "/api/me/tokens", user, null).array().getJsonObject(0).getString("status"));
    }

    @Test
    void tokensAreCheckedAtTheDoor() {
        String user = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        for (String body : List.of("{\"name\":\"Too long\",\"days\":91}", "{\"name\":\"Zero\",\"days\":0}",
                "{\"name\":\"No days\"}", "{\"name\":\"\",\"days\":5}", "{\"name\":\"" + "x".repeat(101) + "\",\"days\":5}",
                "{\"name\":\"bell\\u0007\",\"days\":5}", "{\"name\":\"bidi\\u202e\",\"days\":5}")) {
            Api.Reply r = basic("POST", "/api/me/tokens", user, body);
            assertEquals(400, r.status(), body + " " + r);
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
        }
        assertEquals(0, basic("GET", "/api/me/tokens", user, null).array().size());
        String secret = create(user, "{\"name\":\"Parent\",\"days\":5}");
        assertEquals(403, bearer("POST", "/api/me/tokens", secret, "{\"name\":\"Child\",\"days\":5}").status(),
                "a token cannot create tokens");
        assertEquals(401, bearer("GET", "/api/me", "cbt_" + "x".repeat(300), null).status());
    }

    @Test
    void aUserCannotListOrRevokeAnothersToken() throws Exception {
        String owner = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        String other = Accounts.create(API, "supervisor", "JM-JCF-TIP");
        JsonObject created = basic("POST", "/api/me/tokens", owner, "{\"name\":\"Mine\",\"days\":5}").json();
        String secret = created.getString("secret");
        long id = created.getJsonObject("token").getJsonNumber("id").longValue();
        int ownerId = Accounts.find(API, owner).getInt("id");

        Api.Reply own = basic("DELETE", "/api/me/tokens/" + id, other, null);
        Api.Reply any = basic("DELETE", "/api/tokens/" + id, other, null);
        Api.Reply missing = basic("DELETE", "/api/tokens/99999999", other, null);
        assertEquals(404, own.status(), own.toString());
        assertEquals(404, any.status(), any.toString());
        assertEquals(404, missing.status());
        assertEquals(missing.json().getString("detail"), any.json().getString("detail"), "as if it did not exist");
        assertEquals(2, count("select count(*) from audit_entry where action = 'DENIED' and record_type = 'api_token'"
                + " and record_id = ? and record_country = 'JM' and username = ?", Long.toString(id), other));
        Api.Reply list = basic("GET", "/api/users/" + ownerId + "/tokens", other, null);
        assertEquals(403, list.status(), "only administrators list another user's tokens");
        assertEquals(1, count("select count(*) from audit_entry where action = 'DENIED' and record_type = 'user_account'"
                + " and record_id = ? and record_country = 'JM' and username = ?", Integer.toString(ownerId), other));
        assertFalse(basic("GET", "/api/me/tokens", other, null).body().contains("Mine"));
        assertEquals(200, bearer("GET", "/api/me", secret, null).status(), "the token still works");
    }

    @Test
    void anAdministratorSeesAndRevokesAnyonesToken() {
        String user = Accounts.create(API, "focal-point", "JM-JCF-TIP");
        JsonObject created = basic("POST", "/api/me/tokens", user, "{\"name\":\"Partner sync\",\"days\":10}").json();
        String secret = created.getString("secret");
        long id = created.getJsonObject("token").getJsonNumber("id").longValue();
        int userId = Accounts.find(API, user).getInt("id");

        Api.Reply list = API.get("/api/users/" + userId + "/tokens", "admin");
        assertEquals(200, list.status(), list.toString());
        JsonObject shown = list.array().getJsonObject(0);
        assertEquals(id, shown.getJsonNumber("id").longValue());
        assertEquals(user, shown.getString("username"));
        assertEquals(404, API.method("DELETE", "/api/me/tokens/" + id, "admin").status(), "not the administrator's own");
        Api.Reply revoked = API.method("DELETE", "/api/tokens/" + id, "admin");
        assertEquals(200, revoked.status(), revoked.toString());
        assertEquals("REVOKED", revoked.json().getString("status"));
        assertEquals(401, bearer("GET", "/api/me", secret, null).status());
        assertEquals(1, count("select count(*) from audit_entry where action = 'STATE_CHANGE' and record_type = 'api_token'"
                + " and record_id = ? and username = 'admin' and detail = 'revoked'", Long.toString(id)));
    }

    @Test
    void failedTokenChecksAreAuditedAndRateLimitedPerClientAddress() throws Exception {
        String user = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        String secret = create(user, "{\"name\":\"Good\",\"days\":5}");
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int i = 0; i < 10; i++) {
            String reply = viaProxy(address, "cbt_guess" + i);
            assertTrue(reply.startsWith("HTTP/1.1 401"), reply);
        }
        String limited = viaProxy(address, "cbt_guess-more");
        assertTrue(limited.startsWith("HTTP/1.1 429"), limited);
        assertTrue(limited.toLowerCase(java.util.Locale.ROOT).contains("retry-after:"), limited);
        assertTrue(limited.contains("application/problem+json"), limited);
        assertTrue(viaProxy(address, secret).startsWith("HTTP/1.1 429"), "even a good token, from that address, for now");
        assertEquals(200, bearer("GET", "/api/me", secret, null).status(), "other addresses are not affected");
        assertEquals(10, count("select count(*) from audit_entry where action = 'LOGIN_FAILED' and record_type = 'api_token'"
                + " and client_address = ?", address));
    }

    // ---- helpers

    private static String create(String user, String json) {
        Api.Reply r = basic("POST", "/api/me/tokens", user, json);
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("secret");
    }

    private static Api.Reply basic(String method, String path, String user, String json) {
        return send(method, path, Api.basic(user, Accounts.PASSWORD), json);
    }

    private static Api.Reply bearer(String method, String path, String secret, String json) {
        return send(method, path, "Bearer " + secret, json);
    }

    private static Api.Reply send(String method, String path, String authorization, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(CaseBridgeServer.get().uri(path)).header("Accept", "application/json")
                .header("Authorization", authorization);
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return API.send(b);
    }

    /** GET /api/me with a token over a connection from 127.0.0.2, the trusted proxy, for client {@code address}. */
    private static String viaProxy(String address, String secret) throws IOException {
        URI base = CaseBridgeServer.get().uri("/api/me");
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress("127.0.0.2", 0));
            s.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5000);
            s.setSoTimeout(20000);
            String request = "GET " + base.getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort() + "\r\n"
                    + "Authorization: Bearer " + secret + "\r\nAccept: application/json\r\n"
                    + "X-Forwarded-For: " + address + "\r\nConnection: close\r\n\r\n";
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long count(String sql, Object... params) {
        try (Connection c = TestDatabases.connect(CaseBridgeServer.DB)) {
            return count(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String rowText(Connection c, String sql) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    text.append(rs.getString(i)).append('|');
                }
            }
        }
        assertNotNull(text);
        return text.toString();
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
