package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every text field of every write endpoint, at the length of the column it is stored in (read from
 * the database's own schema, not from the code) and one character more: exactly the limit is
 * saved, one more is a 400 naming the field and nothing changes, never a 500.
 */
class InputLimitsIT {

    private final Api api = Api.rest();
    private final List<String> failures = new ArrayList<>();

    private static final IntFunction<String> TEXT = n -> "x".repeat(n);
    /** A well-formed address of exactly n characters. */
    private static final IntFunction<String> EMAIL = n -> "e".repeat(n - "@example.org".length()) + "@example.org";
    /** A plus and n-1 digits: E.164 up to 16 characters, too many digits beyond. */
    private static final IntFunction<String> PHONE = n -> "+1" + "8".repeat(n - 2);

    @Test
    void intakeRefusesEveryTextOneCharacterOverItsColumnAndSavesNothing() {
        Supplier<String> rows = () -> Cases.rows("case_file") + "/" + Cases.rows("victim") + "/" + Cases.rows("victim_consent");
        String place = "limits-intake-" + UUID.randomUUID();
        check("intake place", "case_file", "identification_place", 0, "identificationPlace", TEXT,
                v -> intake(Cases.details(v), Cases.victim("L1"), Cases.consent()), rows);
        for (String[] f : new String[][] {{"given_name", "givenName"}, {"family_name", "familyName"}, {"alias", "alias"},
            {"contact_address", "contactAddress"}}) {
            check("intake victim " + f[1], "victim", f[0], 0, "victim." + f[1], TEXT,
                    v -> intake(Cases.details(place), Cases.victim("L2").add(f[1], v), Cases.consent()), rows);
        }
        check("intake victim email", "victim", "contact_email", 0, "victim.contactEmail", EMAIL,
                v -> intake(Cases.details(place), Cases.victim("L3").add("contactEmail", v), Cases.consent()), rows);
        check("intake victim phone", "victim", "contact_phone", 0, "victim.contactPhone", PHONE,
                v -> intake(Cases.details(place), Cases.victim("L4").add("contactPhone", v), Cases.consent()), rows);
        check("intake consent scope", "victim_consent", "scope_value", 0, "consent.scopeValue", n -> "A".repeat(n),
                v -> intake(Cases.details(place), Cases.victim("L5"),
                        Cases.consent().add("scope", "AGENCY").add("scopeValue", v)), rows);
        assertNoFailures();
    }

    @Test
    void caseRecordsRefuseEveryTextOneCharacterOverItsColumnAndChangeNothing() {
        JsonObject c = Cases.open(api, "cw1-jm", "limits-records-" + UUID.randomUUID());
        String path = Cases.path(c);
        Supplier<String> caseState = () -> Cases.etag(api, path, "cw1-jm") + "/" + Cases.rows("case_note") + "/"
                + Cases.rows("case_event") + "/" + Cases.rows("support_plan") + "/" + Cases.rows("perpetrator") + "/"
                + Cases.rows("victim");
        check("describe place", "case_file", "identification_place", 0, "identificationPlace", TEXT,
                v -> api.put(path, "cw1-jm", Cases.details(v).build().toString(), Cases.etag(api, path, "cw1-jm")), caseState);
        check("note", "case_note", "text", 0, "text", TEXT,
                v -> api.post(path + "/notes", "cw1-jm", object("text", v)), caseState);
        check("event place", "case_event", "place", 0, "place", TEXT, v -> api.post(path + "/events", "cw1-jm",
                Json.createObjectBuilder().add("type", "TRANSIT").add("place", v).build().toString()), caseState);
        check("support plan", "support_plan", "objectives", 0, "objectives", TEXT, v -> api.post(path + "/support-plans",
                "cw1-jm", Json.createObjectBuilder().add("type", "HEALTH").add("objectives", v).build().toString()), caseState);
        for (String[] f : new String[][] {{"name", "name"}, {"organisation", "organisation"}}) {
            check("perpetrator " + f[1], "perpetrator", f[0], 0, f[1], TEXT, v -> api.post(path + "/perpetrators", "cw1-jm",
                    Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("RECRUITER_OR_INTERMEDIARY"))
                            .add(f[1], v).build().toString()), caseState);
        }
        for (String[] f : new String[][] {{"given_name", "givenName"}, {"family_name", "familyName"}, {"alias", "alias"},
            {"contact_address", "contactAddress"}}) {
            check("added victim " + f[1], "victim", f[0], 0, f[1], TEXT,
                    v -> api.post(path + "/victims", "cw1-jm", Cases.victim("L6").add(f[1], v).build().toString()), caseState);
        }
        assertNoFailures();
    }

    @Test
    void closureTextsRefuseOneCharacterOverTheirColumnAndLeaveTheCaseAsItWas() {
        JsonObject c = Cases.open(api, "cw1-jm", "limits-closure-" + UUID.randomUUID());
        String path = Cases.path(c);
        Supplier<String> state = () -> Cases.etag(api, path, "sup-jm");
        check("closure reason", "case_file", "closure_reason", 0, "closureReason", TEXT, v -> Cases.post(api, path + "/closure",
                "cw1-jm", Json.createObjectBuilder().add("status", "CLOSED").add("reason", v).build().toString(),
                Cases.etag(api, path, "cw1-jm")), state);
        check("rejection comment", "case_file", "closure_review_comment", 0, "comment", TEXT,
                v -> api.post(path + "/closure/rejection", "sup-jm", object("comment", v)), state);
        assertEquals(200, Cases.post(api, path + "/closure", "cw1-jm", "{\"status\":\"CLOSED\",\"reason\":\"Again\"}",
                Cases.etag(api, path, "cw1-jm")).status());
        check("approval comment", "case_file", "closure_review_comment", 0, "comment", TEXT,
                v -> api.post(path + "/closure/approval", "sup-jm", object("comment", v)), state);
        // the reason is kept in the review comment after "Reopened: "
        check("reopening reason", "case_file", "closure_review_comment", "Reopened: ".length(), "reason", TEXT,
                v -> api.post(path + "/reopening", "sup-jm", object("reason", v)), state);
        assertEquals("ACTIVE", api.get(path, "cw1-jm").json().getString("status"));
        assertNoFailures();
    }

    @Test
    void victimAndConsentTextsRefuseOneCharacterOverTheirColumn() {
        JsonObject c = Cases.open(api, "cw1-jm", "limits-victim-" + UUID.randomUUID());
        String victim = "/api/victims/" + Cases.victimId(c);
        Supplier<String> state = () -> Cases.etag(api, victim, "cw1-jm") + "/" + Cases.rows("victim_consent");
        for (String[] f : new String[][] {{"given_name", "givenName"}, {"family_name", "familyName"}, {"alias", "alias"},
            {"contact_address", "contactAddress"}}) {
            check("victim " + f[1], "victim", f[0], 0, f[1], TEXT, v -> api.put(victim, "cw1-jm",
                    Cases.victim("L7").add(f[1], v).build().toString(), Cases.etag(api, victim, "cw1-jm")), state);
        }
        check("victim email", "victim", "contact_email", 0, "contactEmail", EMAIL, v -> api.put(victim, "cw1-jm",
                Cases.victim("L8").add("contactEmail", v).build().toString(), Cases.etag(api, victim, "cw1-jm")), state);
        check("victim phone", "victim", "contact_phone", 0, "contactPhone", PHONE, v -> api.put(victim, "cw1-jm",
                Cases.victim("L9").add("contactPhone", v).build().toString(), Cases.etag(api, victim, "cw1-jm")), state);
        check("consent scope", "victim_consent", "scope_value", 0, "scopeValue", n -> "A".repeat(n),
                v -> api.post(victim + "/consents", "cw1-jm", Cases.consent().add("scope", "AGENCY").add("scopeValue", v)
                        .build().toString()), state);
        assertNoFailures();
    }

    @Test
    void referenceDataTextsRefuseOneCharacterOverTheirColumn() {
        Supplier<String> agencies = () -> Long.toString(Cases.rows("agency"));
        check("agency code", "agency", "code", 0, "code", n -> unique(n, true),
                v -> api.post("/api/agencies", "admin", agency(v, "Limits agency").build().toString()), agencies);
        check("agency name", "agency", "name", 0, "name", TEXT,
                v -> api.post("/api/agencies", "admin", agency(unique(20, true), v).build().toString()), agencies);
        for (String[] f : new String[][] {{"contact_address", "contactAddress"}}) {
            check("agency " + f[1], "agency", f[0], 0, f[1], TEXT, v -> api.post("/api/agencies", "admin",
                    agency(unique(20, true), "Limits").add(f[1], v).build().toString()), agencies);
        }
        check("agency email", "agency", "contact_email", 0, "contactEmail", EMAIL, v -> api.post("/api/agencies", "admin",
                agency(unique(20, true), "Limits").add("contactEmail", v).build().toString()), agencies);
        check("agency phone", "agency", "contact_phone", 0, "contactPhone", PHONE, v -> api.post("/api/agencies", "admin",
                agency(unique(20, true), "Limits").add("contactPhone", v).build().toString()), agencies);
        String agencyPath = "/api/agencies/" + api.post("/api/agencies", "admin", agency(unique(20, true), "Limits put")
                .build().toString()).json().getInt("id");
        check("agency name (change)", "agency", "name", 0, "name", TEXT, v -> api.put(agencyPath, "admin",
                agency(null, v).build().toString(), api.get(agencyPath, "admin").header("ETag")),
                () -> api.get(agencyPath, "admin").header("ETag"));

        Supplier<String> countries = () -> Long.toString(Cases.rows("country"));
        check("country name", "country", "name", 0, "name", TEXT,
                v -> api.post("/api/countries", "admin", Json.createObjectBuilder().add("code", "XQ").add("name", v)
                        .add("participating", false).build().toString()), countries);
        String countryPath = "/api/countries/" + country("XQ").getInt("id");
        Supplier<String> countryVersion = () -> country("XQ").get("version").toString();
        check("country name (change)", "country", "name", 0, "name", TEXT, v -> api.put(countryPath, "admin",
                object("name", v), "\"" + countryVersion.get() + "\""), countryVersion);

        int agencyId = api.get("/api/agencies", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals("JM-JCF-TIP")).findFirst().orElseThrow().getInt("id");
        Supplier<String> users = () -> Long.toString(Cases.rows("user_account"));
        check("username", "user_account", "username", 0, "username", n -> unique(n, false).toLowerCase(Locale.ROOT),
                v -> api.post("/api/users", "admin", user(v, "Limits user", agencyId).build().toString()), users);
        check("display name", "user_account", "display_name", 0, "displayName", TEXT,
                v -> api.post("/api/users", "admin", user(unique(20, false).toLowerCase(Locale.ROOT), v, agencyId)
                        .build().toString()), users);
        assertNoFailures();
    }

    /**
     * Sends {@code value(limit + 1)} expecting a 400 naming {@code error} with {@code state} unchanged,
     * then {@code value(limit)} expecting success; the limit is the column's length less {@code reserved}.
     */
    private void check(String what, String table, String column, int reserved, String error, IntFunction<String> value,
            Function<String, Api.Reply> send, Supplier<String> state) {
        int limit = columnLength(table, column) - reserved;
        String before = state.get();
        Api.Reply over = send.apply(value.apply(limit + 1));
        if (over.status() != 400 || !over.json().containsKey("errors") || !over.json().getJsonObject("errors").containsKey(error)) {
            failures.add(what + " at " + (limit + 1) + " characters: expected 400 naming " + error + ", got " + brief(over));
        } else if (!before.equals(state.get())) {
            failures.add(what + " at " + (limit + 1) + " characters: refused but something changed");
        }
        Api.Reply exact = send.apply(value.apply(limit));
        if (exact.status() / 100 != 2) {
            failures.add(what + " at exactly " + limit + " characters: expected success, got " + brief(exact));
        }
    }

    private void assertNoFailures() {
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static String brief(Api.Reply r) {
        String body = r.body();
        return r.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }

    /** The declared length of a column, as the database itself reports it. */
    static int columnLength(String table, String column) {
        try (Connection c = TestDatabases.connect(CaseBridgeServer.DB); PreparedStatement s = c.prepareStatement(
                "select character_maximum_length from information_schema.columns where lower(table_schema) = 'public'"
                        + " and lower(table_name) = ? and lower(column_name) = ?")) {
            s.setString(1, table);
            s.setString(2, column);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no column " + table + "." + column);
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonObject country(String code) {
        return api.get("/api/countries", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private Api.Reply intake(JsonObjectBuilder details, JsonObjectBuilder victim, JsonObjectBuilder consent) {
        return api.post("/api/cases", "cw1-jm", Json.createObjectBuilder().add("details", details).add("victim", victim)
                .add("consents", Json.createArrayBuilder().add(consent)).build().toString());
    }

    private static String object(String name, String value) {
        return Json.createObjectBuilder().add(name, value).build().toString();
    }

    /** A fresh code or username of exactly n characters (letters and digits). */
    private static String unique(int n, boolean upper) {
        StringBuilder s = new StringBuilder("Q");
        while (s.length() < n) {
            s.append(UUID.randomUUID().toString().replace("-", ""));
        }
        String v = s.substring(0, n);
        return upper ? v.toUpperCase(Locale.ROOT) : v;
    }

    private static JsonObjectBuilder agency(String code, String name) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", name).add("type", "NGO").add("countryCode", "JM");
        return code == null ? b : b.add("code", code);
    }

    private static JsonObjectBuilder user(String username, String displayName, int agencyId) {
        return Json.createObjectBuilder().add("username", username).add("displayName", displayName).add("agencyId", agencyId)
                .add("roles", Json.createArrayBuilder().add("caseworker")).add("password", Accounts.PASSWORD);
    }
}
