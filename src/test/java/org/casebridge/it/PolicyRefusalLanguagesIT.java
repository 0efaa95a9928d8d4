package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: refusals that CaseBridge used to build in English inside Java (the password policy, a statistics
 * question, the audit log's filters, an export's format) reach a REST client in the language it asks for, with
 * the codes and limits intact; in English without Accept-Language, as before.
 */
class PolicyRefusalLanguagesIT {

    private final Api api = Api.rest();

    @Test
    void aWeakPasswordIsRefusedInTheClientsLanguageAndNothingChanges() {
        String weak = "{\"currentPassword\":\"" + TestSettings.DEMO_PASSWORD + "\",\"password\":\"short\"}";
        assertEquals("Password must be at least 12 characters long.",
                refused(send("POST", "/api/me/password", "cw1-jm", weak, null)).getJsonObject("errors").getString("password"));
        assertEquals("Modpas la dwe gen omwen 12 karaktè.",
                refused(send("POST", "/api/me/password", "cw1-jm", weak, "ht")).getJsonObject("errors").getString("password"));
        assertEquals("La contraseña debe tener al menos 12 caracteres.",
                refused(send("POST", "/api/me/password", "cw1-jm", weak, "es-DO,es;q=0.9")).getJsonObject("errors")
                        .getString("password"));
        assertEquals(200, send("GET", "/api/me", "cw1-jm", null, null).status(), "the demo password still works");
    }

    @Test
    void aStatisticsQuestionIsRefusedInTheClientsLanguageWithTheKeysToUse() {
        JsonObject dutch = refused(send("GET", "/api/statistics?rows=shoeSize&yearFrom=1980", "analyst", null, "nl"))
                .getJsonObject("errors");
        assertTrue(dutch.getString("rows").startsWith("Onbekende dimensie: kies een van year, country, "), dutch.toString());
        JsonObject early = refused(send("GET", "/api/statistics?rows=year&yearFrom=1980", "analyst", null, "es"))
                .getJsonObject("errors");
        assertEquals("Un año completo entre 1990 y 2100.", early.getString("yearFrom"));
        JsonObject english = refused(send("GET", "/api/statistics?rows=year&yearFrom=1980", "analyst", null, null))
                .getJsonObject("errors");
        assertEquals("A whole year between 1990 and 2100.", english.getString("yearFrom"));
        JsonObject three = refused(send("GET", "/api/statistics?rows=gender&columns=ageBand&yearFrom=2020", "analyst", null,
                "fr")).getJsonObject("errors");
        assertTrue(three.getString("columns").startsWith("Utilisez au plus deux de ces éléments : lignes, colonnes,"),
                three.toString());
    }

    @Test
    void theAuditLogsFiltersAndAnExportsFormatAreRefusedInTheClientsLanguage() {
        JsonObject creole = refused(send("GET", "/api/audit?action=NOPE", "sup-jm", null, "ht")).getJsonObject("errors");
        assertTrue(creole.getString("action").startsWith("Valè sa a pa konnen; sèvi ak youn nan sa yo: "), creole.toString());
        assertTrue(creole.getString("action").contains("VERIFY"), "the codes themselves stay codes: " + creole);
        JsonObject spanish = refused(send("GET", "/api/audit?from=yesterday", "sup-jm", null, "es")).getJsonObject("errors");
        assertEquals("Indique una fecha (AAAA-MM-DD) o un instante ISO.", spanish.getString("from"));
        JsonObject sort = refused(send("GET", "/api/audit?sort=secret", "sup-jm", null, "nl")).getJsonObject("errors");
        assertTrue(sort.getString("sort").startsWith("Sorteer op een van deze velden: "), sort.toString());
    }

    private Api.Reply send(String method, String path, String user, String json, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(CaseBridgeServer.get().uri(path)).header("Accept", "application/json")
                .header("Authorization", Api.basic(user, TestSettings.DEMO_PASSWORD))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return api.send(language == null ? b : b.header("Accept-Language", language));
    }

    private static JsonObject refused(Api.Reply r) {
        assertEquals(400, r.status(), r.toString());
        return r.json();
    }
}
