package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the API takes besides lengths: characters (control, direction, NUL, zero-width), JSON types
 * exactly as declared with every 400 naming its field, and the rules that hold in time (a consent
 * withdrawal is never in the future; a closed case takes no note).
 */
class InputRulesIT {

    private final Api api = Api.rest();

    @Test
    void controlAndDirectionCharactersAndNulAreRefusedByFieldAndNothingIsSaved() {
        long cases = Cases.rows("case_file");
        long victims = Cases.rows("victim");
        String place = "chars-" + UUID.randomUUID();
        refused(api.post("/api/cases", "cw1-jm", Cases.intake(Cases.details(place), Cases.victim("V\u0000nul"))), "victim.alias");
        refused(api.post("/api/cases", "cw1-jm", Cases.intake(Cases.details(place + "\u007F"), Cases.victim("V1"))),
                "identificationPlace");
        refused(api.post("/api/cases", "cw1-jm", Cases.intake(Cases.details(place),
                Cases.victim("V2").add("givenName", "Ana\u202Eoj"))), "victim.givenName");
        assertEquals(cases, Cases.rows("case_file"), "no case saved");
        assertEquals(victims, Cases.rows("victim"), "no victim saved");

        JsonObject c = Cases.open(api, "cw1-jm", place);
        String path = Cases.path(c);
        String victim = "/api/victims/" + Cases.victimId(c);
        String victimTag = Cases.etag(api, victim, "cw1-jm");
        for (String alias : new String[] {"V-\u2066isolated\u2069", "V-\u202Aembedded", "V-\u0000", "V-\nTwo lines", "V-\u001B"}) {
            refused(api.put(victim, "cw1-jm", Cases.victim(alias).build().toString(), victimTag), "alias");
        }
        assertEquals(victimTag, Cases.etag(api, victim, "cw1-jm"), "the victim did not change");

        long notes = Cases.rows("case_note");
        refused(api.post(path + "/notes", "cw1-jm", "{\"text\":\"before\\u0000after\"}"), "text");
        refused(api.post(path + "/notes", "cw1-jm", "{\"text\":\"bell\\u0007\"}"), "text");
        refused(api.post(path + "/notes", "cw1-jm", "{\"text\":\"turned \\u202Earound\"}"), "text");
        assertEquals(notes, Cases.rows("case_note"));
        Api.Reply note = api.post(path + "/notes", "cw1-jm", "{\"text\":\"line one\\r\\n\\tline two\"}");
        assertEquals(201, note.status(), note.toString());
        assertEquals("line one\n\tline two", note.json().getString("text"), "notes keep line breaks and tabs");

        refused(api.post(path + "/events", "cw1-jm", "{\"type\":\"TRANSIT\",\"place\":\"Nassau\\nharbour\"}"), "place");
        refused(api.post(path + "/perpetrators", "cw1-jm",
                "{\"roles\":[\"RECRUITER_OR_INTERMEDIARY\"],\"name\":\"\\u202Eeman\"}"), "name");
        refused(api.post(path + "/support-plans", "cw1-jm", "{\"type\":\"HEALTH\",\"objectives\":\"check\\u0000\"}"),
                "objectives");
        refused(api.get("/api/cases?q=" + URLEncoder.encode("a\u0000b", StandardCharsets.UTF_8), "cw1-jm"), "q");

        refused(api.post("/api/agencies", "admin", "{\"code\":\"JM-NUL-TEST\",\"name\":\"Shelter\\u0000\",\"type\":\"NGO\","
                + "\"countryCode\":\"JM\"}"), "name");
        refused(api.post("/api/agencies", "admin", "{\"code\":\"JM-NUL-TEST\",\"name\":\"Shelter\",\"type\":\"NGO\","
                + "\"countryCode\":\"JM\",\"contactAddress\":\"Street\\u0000\"}"), "contactAddress");
        refused(api.post("/api/countries", "admin", "{\"code\":\"XN\",\"name\":\"Null\\u0000land\"}"), "name");
        refused(api.post("/api/users", "admin", Accounts.json("nul-test", "caseworker", agencyId("JM-JCF-TIP"), Accounts.PASSWORD)
                .replace("\"displayName\":\"Test nul-test\"", "\"displayName\":\"Admin \\u202Enimda\"")), "displayName");
        assertEquals(0, Cases.count("select count(*) from agency where code = 'JM-NUL-TEST'"));
        assertEquals(0, Cases.count("select count(*) from country where code = 'XN'"));
        assertEquals(0, Cases.count("select count(*) from user_account where username = 'nul-test'"));
    }

    @Test
    void zeroWidthCharactersAreRemovedFromNamesAndAliases() {
        JsonObject c = Cases.open(api, "cw1-jm", "zero-width-" + UUID.randomUUID());
        String victim = "/api/victims/" + Cases.victimId(c);
        Api.Reply r = api.put(victim, "cw1-jm", Cases.victim("\uFEFFV-\u200BRed\u200D\u2060")
                .add("givenName", "Ma\u200Cria").build().toString(), Cases.etag(api, victim, "cw1-jm"));
        assertEquals(200, r.status(), r.toString());
        JsonObject saved = api.get(victim, "cw1-jm").json();
        assertEquals("V-Red", saved.getString("alias"));
        assertEquals("Maria", saved.getString("givenName"));
    }

    @Test
    void valuesOfTheWrongJsonTypeAreRefusedNamingTheProperty() {
        JsonObject c = Cases.open(api, "cw1-jm", "types-" + UUID.randomUUID());
        String victim = "/api/victims/" + Cases.victimId(c);
        String tag = Cases.etag(api, victim, "cw1-jm");
        refused(api.put(victim, "cw1-jm", Cases.victim("V").add("estimatedAge", 17.5).remove("birthDate").build().toString(), tag),
                "estimatedAge");
        refused(api.put(victim, "cw1-jm", Cases.victim("V").add("ageWhenTrafficked", "12").build().toString(), tag),
                "ageWhenTrafficked");
        refused(api.put(victim, "cw1-jm", Cases.victim("V").add("alias", 42).build().toString(), tag), "alias");
        refused(api.put(victim, "cw1-jm", Cases.victim("V").add("citizenships", "JM").build().toString(), tag), "citizenships");
        refused(api.put(victim, "cw1-jm", Cases.victim("V").add("languages", Json.createArrayBuilder().add(1)).build().toString(),
                tag), "languages");
        refused(api.put(victim, "cw1-jm", Cases.victim("V").add("estimatedAge", new java.math.BigDecimal("1e400"))
                .remove("birthDate").build().toString(), tag), "estimatedAge");
        assertEquals(tag, Cases.etag(api, victim, "cw1-jm"), "nothing changed");

        long cases = Cases.rows("case_file");
        String place = "types-intake-" + UUID.randomUUID();
        refused(api.post("/api/cases", "cw1-jm", Json.createObjectBuilder().add("details", Cases.details(place))
                .add("victim", Cases.victim("V").remove("birthDate").add("estimatedAge", 17.5)).build().toString()),
                "victim.estimatedAge");
        refused(api.post("/api/cases", "cw1-jm", Json.createObjectBuilder().add("details", Cases.details(place))
                .add("victim", Cases.victim("V")).add("consents", Cases.consent()).build().toString()), "consents");
        refused(api.post("/api/cases", "cw1-jm", Json.createObjectBuilder().add("details", Cases.details(place))
                .add("victim", Cases.victim("V")).add("consents", Json.createArrayBuilder().add(Cases.consent().add("purpose", 5)))
                .build().toString()), "consents[0].purpose");
        refused(api.post("/api/cases", "cw1-jm", Json.createObjectBuilder().add("details", "a case")
                .add("victim", Cases.victim("V")).build().toString()), "details");
        refused(api.post("/api/cases", "cw1-jm", Json.createObjectBuilder()
                .add("details", Cases.details(place).add("exploitationTypes", "FORCED_LABOUR"))
                .add("victim", Cases.victim("V")).build().toString()), "details.exploitationTypes");
        assertEquals(cases, Cases.rows("case_file"), "no case saved");

        int agency = agencyId("JM-JCF-TIP");
        long users = Cases.rows("user_account");
        refused(api.post("/api/users", "admin", Accounts.json("types-user", "caseworker", agency, Accounts.PASSWORD)
                .replace("\"roles\":[\"caseworker\"]", "\"roles\":\"caseworker\"")), "roles");
        refused(api.post("/api/users", "admin", Accounts.json("types-user", "caseworker", agency, Accounts.PASSWORD)
                .replace("\"agencyId\":" + agency, "\"agencyId\":\"" + agency + "\"")), "agencyId");
        assertEquals(users, Cases.rows("user_account"));
        refused(api.post("/api/countries", "admin", "{\"code\":\"XT\",\"name\":\"Typeland\",\"participating\":\"yes\"}"),
                "participating");
        refused(api.put(Cases.path(c) + "/assignee", "cw1-jm", "{\"userId\":1.5}", null), "userId");
    }

    @Test
    void structureErrorsUnknownPropertiesAndBrokenJsonAlsoNameAField() {
        JsonObject c = Cases.open(api, "cw1-jm", "structure-" + UUID.randomUUID());
        String path = Cases.path(c);
        refused(api.post(path + "/notes", "cw1-jm", "{\"text\":\"hello\",\"author\":\"someone-else\"}"), "author");
        refused(api.post(path + "/notes", "cw1-jm", "{\"text\":"), "body");
        refused(api.post(path + "/notes", "cw1-jm", "[\"hello\"]"), "body");
        refused(api.post(path + "/notes", "cw1-jm", "\"hello\""), "body");
        refused(api.post(path + "/notes", "cw1-jm", "{\"text\":\"a\"} trailing"), "body");
        refused(api.post("/api/cases", "cw1-jm", Json.createObjectBuilder().add("details", Cases.details("x").add("status", "CLOSED"))
                .add("victim", Cases.victim("V")).build().toString()), "details.status");
        assertEquals(0, api.get(path, "cw1-jm").json().getJsonArray("notes").size(), "no note saved");
    }

    @Test
    void aConsentIsWithdrawnTodayOrInTheRecentPastNeverInTheFuture() {
        JsonObject c = Cases.open(api, "cw1-jm", "withdrawal-" + UUID.randomUUID());
        String victim = "/api/victims/" + Cases.victimId(c);
        Api.Reply consent = api.post(victim + "/consents", "cw1-jm", Cases.consent()
                .add("givenOn", LocalDate.now().minusDays(40).toString()).build().toString());
        assertEquals(201, consent.status(), consent.toString());
        String withdrawal = victim + "/consents/" + consent.json().getJsonNumber("id").longValue() + "/withdrawal";

        refused(api.post(withdrawal, "cw1-jm", on(LocalDate.now().plusDays(1))), "withdrawnOn");
        refused(api.post(withdrawal, "cw1-jm", on(LocalDate.now().plusYears(1))), "withdrawnOn");
        refused(api.post(withdrawal, "cw1-jm", on(LocalDate.now().minusDays(31))), "withdrawnOn");
        refused(api.post(withdrawal, "cw1-jm", on(LocalDate.now().minusDays(41))), "withdrawnOn");
        refused(api.post(withdrawal, "cw1-jm", "{\"on\":\"tomorrow\"}"), "on");
        JsonObject still = api.get(victim, "cw1-jm").json().getJsonArray("consents").getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getJsonNumber("id").longValue() == consent.json().getJsonNumber("id").longValue())
                .findFirst().orElseThrow();
        assertFalse(still.containsKey("withdrawnOn") && !still.isNull("withdrawnOn"), "a refused withdrawal is not recorded");
        assertTrue(still.getBoolean("validToday"));

        Api.Reply withdrawn = api.post(withdrawal, "cw1-jm", on(LocalDate.now().minusDays(30)));
        assertEquals(200, withdrawn.status(), "30 days back is the limit: " + withdrawn);
        assertEquals(LocalDate.now().minusDays(30).toString(), withdrawn.json().getString("withdrawnOn"));
        assertFalse(withdrawn.json().getBoolean("validToday"));
    }

    @Test
    void aClosedCaseTakesNoNoteUntilASupervisorReopensIt() {
        JsonObject c = Cases.open(api, "cw1-bs", "closed-note-" + UUID.randomUUID());
        String path = Cases.path(c);
        assertEquals(200, Cases.post(api, path + "/closure", "cw1-bs", "{\"status\":\"CLOSED\",\"reason\":\"Returned home\"}",
                Cases.etag(api, path, "cw1-bs")).status());
        long notes = Cases.rows("case_note");
        Api.Reply note = api.post(path + "/notes", "cw1-bs", "{\"text\":\"After closing\"}");
        assertEquals(409, note.status(), note.toString());
        assertEquals(notes, Cases.rows("case_note"), "no note saved");
        assertEquals(200, api.post(path + "/reopening", "sup-bs", "{\"reason\":\"Follow-up visit\"}").status());
        assertEquals(201, api.post(path + "/notes", "cw1-bs", "{\"text\":\"After reopening\"}").status());
    }

    @Test
    void aNulOrControlCharacterInAQueryOrPathParameterIsA400NamingIt() {
        String nul = URLEncoder.encode("a\u0000b", StandardCharsets.UTF_8);
        refused(api.get("/api/cases?number=" + nul, "cw1-jm"), "number");
        refused(api.get("/api/cases?q=" + URLEncoder.encode("a\u202Eb", StandardCharsets.UTF_8), "cw1-jm"), "q");
        refused(api.get("/api/users?filter=" + nul, "admin"), "filter");
        for (String param : new String[] {"username", "agency", "recordType", "recordId", "action", "outcome"}) {
            refused(api.get("/api/audit?" + param + "=" + nul, "sup-jm"), param);
        }
        refused(api.send(java.net.http.HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/audit/export?username=" + nul))
                .header("Accept", "text/csv").header("Authorization", Api.basic("sup-jm", TestSettings.DEMO_PASSWORD))),
                "username");
        refused(api.get("/api/audit/records/case/" + URLEncoder.encode("a\u202Eb", StandardCharsets.UTF_8), "sup-jm"), "id");
        // the HTTP listener itself refuses an encoded NUL in a path, before CaseBridge sees it
        assertEquals(400, api.get("/api/audit/records/case/" + nul, "sup-jm").status());
    }

    @Test
    void aNulInAnyParameterOfAScreenRequestIsRefusedWithTheErrorPage() {
        Api browser = Api.withCookies();
        Forms.login(browser, "cw1-jm", TestSettings.DEMO_PASSWORD);
        Api.Reply get = browser.get("/cases/list.xhtml?q=" + URLEncoder.encode("a\u0000b", StandardCharsets.UTF_8));
        assertEquals(400, get.status(), get.toString());
        assertTrue(get.body().contains("class=\"content error-page\"") && !get.body().contains("at org."), get.body());
        Api.Reply post = browser.postForm("/cases/list.xhtml", java.util.Map.of("filters:q", "a\u0000b"));
        assertEquals(400, post.status());
        assertEquals(200, browser.get("/cases/list.xhtml").status(), "the session goes on");
    }

    @Test
    void aNulInTheUsernameOfACredentialIsAnOrdinaryFailedLogin() {
        Api.Reply r = api.send(java.net.http.HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/me"))
                .header("Authorization", Api.basic("cw1-jm\u0000", TestSettings.DEMO_PASSWORD)));
        assertEquals(401, r.status(), r.toString());
    }

    private static void refused(Api.Reply r, String field) {
        assertEquals(400, r.status(), field + ": " + r);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.toString());
        JsonObject body = r.json();
        assertTrue(body.containsKey("errors") && body.getJsonObject("errors").containsKey(field),
                "errors should name " + field + ": " + r);
    }

    private static String on(LocalDate date) {
        return "{\"on\":\"" + date + "\"}";
    }

    private int agencyId(String code) {
        return api.get("/api/agencies", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
    }
}
