package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A REST client that sends Accept-Language reads problem details and field errors in that language
 * (Spanish, Haitian Creole); without the header, or with one CaseBridge does not speak, in English.
 */
class ErrorLanguagesIT {

    private final Api api = Api.rest();

    @Test
    void aRefusedFieldIsExplainedInTheClientsLanguage() {
        JsonObject c = Cases.open(api, "cw1-jm", "languages-" + UUID.randomUUID());
        String victim = "/api/victims/" + Cases.victimId(c);
        Api.Reply consent = api.post(victim + "/consents", "cw1-jm", Cases.consent()
                .add("givenOn", LocalDate.now().minusDays(10).toString()).build().toString());
        assertEquals(201, consent.status(), consent.toString());
        String withdrawal = victim + "/consents/" + consent.json().getJsonNumber("id").longValue() + "/withdrawal";
        String tomorrow = "{\"on\":\"" + LocalDate.now().plusDays(1) + "\"}";

        JsonObject english = refused(post(withdrawal, tomorrow, null));
        assertEquals("Some fields are not valid.", english.getString("detail"));
        assertEquals("A withdrawal takes effect today or on a past day, never later.",
                english.getJsonObject("errors").getString("withdrawnOn"));
        JsonObject spanish = refused(post(withdrawal, tomorrow, "es-DO,es;q=0.9,en;q=0.5"));
        assertEquals("Algunos campos no son válidos.", spanish.getString("detail"));
        assertEquals("Un retiro surte efecto hoy o en un día pasado, nunca después.",
                spanish.getJsonObject("errors").getString("withdrawnOn"));
        JsonObject creole = refused(post(withdrawal, tomorrow, "ht"));
        assertEquals("Gen kèk chan ki pa valab.", creole.getString("detail"));
        assertEquals("Yon retrè pran efè jodi a oswa yon jou ki pase, janm pita.",
                creole.getJsonObject("errors").getString("withdrawnOn"));
        assertEquals(english, refused(post(withdrawal, tomorrow, "de")), "a language CaseBridge does not speak is English");
    }

    @Test
    void aBeanValidationMessageIsInTheClientsLanguageWithItsLimit() {
        String longName = "u".repeat(65);
        assertEquals("A username is at most 64 characters.",
                refused(get("/api/audit?username=" + longName, null)).getJsonObject("errors").getString("username"));
        assertEquals("Un nombre de usuario tiene como máximo 64 caracteres.",
                refused(get("/api/audit?username=" + longName, "es")).getJsonObject("errors").getString("username"));
        assertEquals("Yon non itilizatè gen 64 karaktè pou pi plis.",
                refused(get("/api/audit?username=" + longName, "ht")).getJsonObject("errors").getString("username"));
    }

    private Api.Reply post(String path, String json, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(CaseBridgeServer.get().uri(path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", Api.basic("cw1-jm", TestSettings.DEMO_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return api.send(language == null ? b : b.header("Accept-Language", language));
    }

    private Api.Reply get(String path, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(CaseBridgeServer.get().uri(path)).header("Accept", "application/json")
                .header("Authorization", Api.basic("sup-jm", TestSettings.DEMO_PASSWORD)).GET();
        return api.send(language == null ? b : b.header("Accept-Language", language));
    }

    private static JsonObject refused(Api.Reply r) {
        assertEquals(400, r.status(), r.toString());
        return r.json();
    }
}
