package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 items 1 and 2 over REST: a user's language and time zone (GET/PUT /api/me/preferences), checked
 * at the door and audited; a new account takes its country's language (V23: Haiti speaks Creole); a problem
 * document's title and detail follow {@code Accept-Language}, else the caller's saved language, else English.
 */
class LanguagePreferenceIT {

    private static final Api API = Api.rest();

    @Test
    void aUserReadsAndChangesTheirLanguageAndTimeZoneAndTheChangeIsAudited() {
        String user = Notifications.user(API, "lang", "JM-JCF-TIP", "caseworker");
        JsonObject before = API.get("/api/me/preferences", user).json();
        assertEquals("en", before.getString("language"), "a Jamaican account starts in English");
        assertEquals("America/Jamaica", before.getString("timeZone"), "in Jamaica's time zone");
        assertEquals(List.of("en", "es", "fr", "ht", "nl"), before.getJsonArray("languages").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        Api.Reply changed = put(user, "{\"language\":\"ht\",\"timeZone\":\"America/Port-au-Prince\"}", null);
        assertEquals(200, changed.status(), changed.toString());
        JsonObject after = API.get("/api/me/preferences", user).json();
        assertEquals("ht", after.getString("language"));
        assertEquals("America/Port-au-Prince", after.getString("timeZone"));

        long id = Accounts.find(API, user).getJsonNumber("id").longValue();
        List<JsonObject> log = API.get("/api/audit?username=" + user + "&action=UPDATE&recordType=user_account&size=20",
                "sup-jm").json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(log.stream().anyMatch(e -> Long.toString(id).equals(e.getString("recordId", null))
                && e.getString("detail", "").equals("self fields=language,timeZone") && e.getString("outcome").equals("OK")),
                "the change is on the record as a change of the account: " + log);
    }

    @Test
    void onlyTheFiveLanguagesAndRealTimeZonesAreAccepted() {
        String user = Notifications.user(API, "langbad", "JM-JCF-TIP", "caseworker");
        Api.Reply tag = put(user, "{\"language\":\"de\",\"timeZone\":\"America/Jamaica\"}", null);
        assertEquals(400, tag.status(), tag.toString());
        assertTrue(tag.json().getJsonObject("errors").containsKey("language"), tag.body());
        Api.Reply zone = put(user, "{\"language\":\"es\",\"timeZone\":\"America/Atlantis\"}", null);
        assertEquals(400, zone.status(), zone.toString());
        assertTrue(zone.json().getJsonObject("errors").containsKey("timeZone"), zone.body());
        for (String bad : List.of("{\"language\":\"e\\u0000s\",\"timeZone\":\"UTC\"}", "{\"language\":5,\"timeZone\":\"UTC\"}",
                "{\"language\":\"es\"}", "{\"language\":\"" + "x".repeat(5000) + "\",\"timeZone\":\"UTC\"}", "[]", "")) {
            Api.Reply r = put(user, bad, null);
            assertEquals(400, r.status(), bad + " -> " + r);
        }
        JsonObject unchanged = API.get("/api/me/preferences", user).json();
        assertEquals("en", unchanged.getString("language"), "nothing was saved");
        assertEquals("America/Jamaica", unchanged.getString("timeZone"));
    }

    @Test
    void aNewAccountTakesItsCountrysLanguageUnlessTheAdministratorChoseOne() {
        String code = "HT-LANG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api.Reply agency = API.post("/api/agencies", "admin", Json.createObjectBuilder().add("code", code)
                .add("name", "Ajans tès lang").add("type", "NGO").add("countryCode", "HT").build().toString());
        assertEquals(201, agency.status(), agency.toString());
        long agencyId = agency.json().getJsonNumber("id").longValue();

        JsonObject haitian = create("ht-" + UUID.randomUUID().toString().substring(0, 8), agencyId, null, null);
        assertEquals("ht", haitian.getString("language"), "Haiti's usual language (V23)");
        assertEquals("America/Port-au-Prince", haitian.getString("timeZone"));

        JsonObject chosen = create("htfr-" + UUID.randomUUID().toString().substring(0, 8), agencyId, "fr", null);
        assertEquals("fr", chosen.getString("language"), "the administrator's choice");
        assertEquals("America/Port-au-Prince", chosen.getString("timeZone"), "the zone not given is the country's");

        Api.Reply refused = API.post("/api/users", "admin", user("htbad-" + UUID.randomUUID().toString().substring(0, 8),
                agencyId, "pt", "Mars/Olympus"));
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.json().getJsonObject("errors").containsKey("language"), refused.body());
        assertTrue(refused.json().getJsonObject("errors").containsKey("timeZone"), refused.body());

        JsonObject sr = API.get("/api/countries", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("SR")).findFirst().orElseThrow();
        assertEquals("nl", sr.getString("language"));
        assertEquals("America/Paramaribo", sr.getString("timeZone"));
    }

    @Test
    void aProblemsTitleFollowsAcceptLanguageElseTheCallersSavedLanguage() {
        Api.Reply spanish = get("/api/cases/987654321", "cw1-jm", "es-DO,es;q=0.9,en;q=0.5");
        assertEquals(404, spanish.status());
        assertEquals("No encontrado", spanish.json().getString("title"));
        assertEquals("es", spanish.header("Content-Language"));

        Api.Reply french = get("/api/no-such-resource", "cw1-jm", "fr-CA");
        assertEquals(404, french.status());
        assertEquals("Introuvable", french.json().getString("title"));

        Api.Reply dutch = API.send(HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/me/preferences"))
                .header("Authorization", Api.basic("cw1-jm", TestSettings.DEMO_PASSWORD)).header("Accept-Language", "nl")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"xx\"}")));
        assertEquals(400, dutch.status());
        assertEquals("Ongeldig verzoek", dutch.json().getString("title"));

        assertEquals("Not Found", get("/api/cases/987654321", "cw1-jm", null).json().getString("title"),
                "no header: the caller's saved language, English for Jamaica");
        assertEquals("Not Found", get("/api/cases/987654321", "cw1-jm", "de-DE").json().getString("title"),
                "a language CaseBridge does not speak: English");

        String creole = Notifications.user(API, "langpt", "JM-JCF-TIP", "caseworker");
        assertEquals(200, put(creole, "{\"language\":\"ht\",\"timeZone\":\"America/Jamaica\"}", null).status());
        Api.Reply saved = get("/api/cases/987654321", creole, null);
        assertEquals("Pa jwenn", saved.json().getString("title"), "no header: the caller's saved language");
        assertFalse(saved.body().contains("Not Found"));
    }

    @Test
    void aProblemsDetailIsInTheSavedLanguageWithoutAcceptLanguageAndAcceptLanguageOverridesIt() {
        String user = Notifications.user(API, "langdet", "JM-JCF-TIP", "caseworker");
        Api.Reply english = get("/api/no-such-resource", user, null);
        assertEquals(404, english.status(), english.toString());
        assertEquals("There is no such resource.", english.json().getString("detail"), "a Jamaican account starts in English");

        assertEquals(200, put(user, "{\"language\":\"es\",\"timeZone\":\"America/Jamaica\"}", null).status());
        Api.Reply spanish = get("/api/no-such-resource", user, null);
        assertEquals(404, spanish.status(), spanish.toString());
        assertEquals("Ese recurso no existe.", spanish.json().getString("detail"), "no header: the saved language");
        assertEquals("No encontrado", spanish.json().getString("title"), "title and detail in one language");
        assertEquals("es", spanish.header("Content-Language"));

        Api.Reply french = get("/api/no-such-resource", user, "fr");
        assertEquals("Cette ressource n'existe pas.", french.json().getString("detail"), "Accept-Language overrides it");
        assertEquals("Introuvable", french.json().getString("title"));
        assertEquals("fr", french.header("Content-Language"));

        Api.Reply fields = put(user, "{\"language\":\"de\",\"timeZone\":\"America/Jamaica\"}", null);
        assertEquals(400, fields.status(), fields.toString());
        assertEquals("Algunos campos no son válidos.", fields.json().getString("detail"), "a refused field, in the saved language");

        Api.Reply german = get("/api/no-such-resource", user, "de-DE");
        assertEquals("Ese recurso no existe.", german.json().getString("detail"),
                "a language CaseBridge does not speak: the saved one, not English");
    }

    private static Api.Reply put(String user, String body, String acceptLanguage) {
        HttpRequest.Builder b = HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/me/preferences"))
                .header("Authorization", Api.basic(user, TestSettings.DEMO_PASSWORD)).header("Accept", "application/json")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return API.send(b);
    }

    private static Api.Reply get(String path, String user, String acceptLanguage) {
        HttpRequest.Builder b = HttpRequest.newBuilder(CaseBridgeServer.get().uri(path))
                .header("Authorization", Api.basic(user, TestSettings.DEMO_PASSWORD)).header("Accept", "application/json");
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return API.send(b.GET());
    }

    private static JsonObject create(String username, long agencyId, String language, String timeZone) {
        Api.Reply r = API.post("/api/users", "admin", user(username, agencyId, language, timeZone));
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static String user(String username, long agencyId, String language, String timeZone) {
        var b = Json.createObjectBuilder().add("username", username).add("displayName", "Language test")
                .add("agencyId", agencyId).add("roles", Json.createArrayBuilder().add("caseworker"))
                .add("password", TestSettings.DEMO_PASSWORD);
        if (language != null) {
            b.add("language", language);
        }
        if (timeZone != null) {
            b.add("timeZone", timeZone);
        }
        return b.build().toString();
    }
}
