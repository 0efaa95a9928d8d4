package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The refusals of referrals and cooperation requests, the JSON reader's field errors and the sign-in
 * refusals reach a REST client in the language of its Accept-Language (issue 15), codes as codes; so does the name
 * of a download's sheet.
 */
class RefusalLanguagesIT {

    private static final Api API = Api.rest();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aReferralWithoutConsentIsRefusedInSpanishAndAnUnknownPropertyInCreole() throws Exception {
        String intake = Json.createObjectBuilder()
                .add("details", Cases.details("referral-languages-" + UUID.randomUUID()))
                .add("victim", Cases.victim("V-Languages"))
                .add("consents", Json.createArrayBuilder().add(Cases.consent().add("purpose", "CROSS_BORDER_SHARING")))
                .build().toString();
        Api.Reply opened = API.post("/api/cases", "cw1-jm", intake);
        assertEquals(201, opened.status(), opened.toString());
        long before = Cases.rows("referral");
        String body = Referrals.body(opened.json(), Referrals.agencyId(API, "JM-SAFEHOUSE"), false).build().toString();

        Api.Reply spanish = post("/api/referrals", "cw1-jm", body, "es-JM,es;q=0.9");
        assertEquals(409, spanish.status(), spanish.toString());
        assertEquals("La víctima no tiene hoy un consentimiento válido para una derivación a servicios que cubra JM-SAFEHOUSE."
                + " Registre el consentimiento de la víctima o pida a un/a supervisor/a de JM una excepción al consentimiento"
                + " con su fundamento jurídico.", spanish.json().getString("detail"));
        assertEquals(before, Cases.rows("referral"), "nothing saved");

        String unknown = Referrals.body(opened.json(), Referrals.agencyId(API, "JM-SAFEHOUSE"), false).add("familyName", "x")
                .build().toString();
        Api.Reply creole = post("/api/referrals", "cw1-jm", unknown, "ht");
        assertEquals(400, creole.status(), creole.toString());
        assertEquals("Pwopriyete sa a enkoni: resous sa a pa pran l.",
                creole.json().getJsonObject("errors").getString("familyName"));
        assertEquals("Unknown property: this resource does not take it.", post("/api/referrals", "cw1-jm", unknown, null)
                .json().getJsonObject("errors").getString("familyName"), "English without the header");

        assertEquals("Derivaciones", sheetName("/api/referrals/xlsx?caseId=" + opened.json().getJsonNumber("id"), "cw1-jm", "es"),
                "the download's sheet is named as the Spanish screen");
        assertEquals("Utilisateurs", sheetName("/api/users/xlsx", "admin", "fr"), "the user list's sheet in French too");
    }

    @Test
    void aCooperationRequestSharingTheVictimsNamesWithoutConsentIsRefusedInCreoleAndDutch() throws Exception {
        JsonObject c = Cases.open(API, "fp-jm", "cooperation-languages-" + UUID.randomUUID());
        long before = Cases.rows("cooperation_request");
        String body = Cooperation.body(c, "BS", false, "CASE_NUMBER", "VICTIM_NAMES").build().toString();

        Api.Reply creole = post(Cooperation.API, "fp-jm", body, "ht");
        assertEquals(409, creole.status(), creole.toString());
        assertEquals("Ekstrè a gen done pèsonèl viktim nan, epi jodi a viktim nan pa gen yon konsantman ki valab pou pataje ak"
                + " lòt peyi ki kouvri BS. Anrejistre konsantman viktim nan, anrejistre baz legal pou pataje san konsantman, oswa"
                + " retire done viktim nan nan ekstrè a.", creole.json().getString("detail"));
        Api.Reply dutch = post(Cooperation.API, "fp-jm", body, "nl");
        assertEquals(409, dutch.status(), dutch.toString());
        assertEquals("Het uittreksel bevat persoonsgegevens van het slachtoffer, en het slachtoffer heeft vandaag geen geldige"
                + " toestemming voor grensoverschrijdend delen die BS dekt. Leg de toestemming van het slachtoffer vast, leg de"
                + " wettelijke grondslag voor delen zonder toestemming vast, of laat de gegevens van het slachtoffer uit het"
                + " uittreksel weg.", dutch.json().getString("detail"));
        assertEquals(before, Cases.rows("cooperation_request"), "nothing saved");

        assertEquals("Demann koperasyon", sheetName(Cooperation.API + "/xlsx?caseId=" + c.getJsonNumber("id"), "fp-jm", "ht"),
                "the download's sheet is named as the Creole screen");
    }

    @Test
    void aFailedSignInIsExplainedInTheClientsLanguage() {
        HttpRequest.Builder b = HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/cases"))
                .header("Accept", "application/json").header("Accept-Language", "es")
                .header("Authorization", Api.basic("nobody-" + UUID.randomUUID().toString().substring(0, 8), "wrong")).GET();
        Api.Reply refused = API.send(b);
        assertEquals(401, refused.status(), refused.toString());
        assertEquals("application/problem+json", refused.header("Content-Type").split(";")[0]);
        assertEquals("Inicie sesión con un nombre de usuario y una contraseña válidos (HTTP Basic) o con un token de API válido"
                + " (Bearer).", refused.json().getString("detail"));
    }

    private static String sheetName(String path, String user, String language) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(CaseBridgeServer.get().uri(path))
                .header("Accept", XLSX).header("Accept-Language", language)
                .header("Authorization", Api.basic(user, TestSettings.DEMO_PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            return book.getSheetName(0);
        }
    }

    private static Api.Reply post(String path, String user, String json, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(CaseBridgeServer.get().uri(path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", Api.basic(user, TestSettings.DEMO_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return API.send(language == null ? b : b.header("Accept-Language", language));
    }
}
