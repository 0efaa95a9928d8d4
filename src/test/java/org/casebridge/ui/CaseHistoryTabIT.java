package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.casebridge.it.Api;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/** The History tab tells what happened to the case and what belongs to it in words, with reads counted on one line. */
class CaseHistoryTabIT {

    @Test
    void theHistoryTabTellsWhatHappenedInWords() {
        String body = "{\"details\":{\"stage\":\"IDENTIFICATION\",\"riskLevel\":\"LOW\",\"identificationDate\":\"2026-11-20\","
                + "\"identificationPlace\":\"history-" + UUID.randomUUID() + "\",\"exploitationTypes\":[\"FORCED_LABOUR\"],"
                + "\"forcedLabourIndustry\":\"A\"},\"victim\":{\"alias\":\"Rose\",\"traffickingStatus\":\"POSSIBLE\"},"
                + "\"consents\":[]}";
        Api api = Api.rest();
        JsonObject c = api.post("/api/cases", "cw1-jm", body).json();
        long id = c.getJsonNumber("id").longValue();
        api.post("/api/cases/" + id + "/notes", "cw1-jm", "{\"text\":\"History in words\"}");
        api.get("/api/cases/" + id, "sup-jm");
        api.get("/api/cases/" + id, "sup-jm");
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            String history = CaseDetailsPage.open(browser, id).history();
            for (String line : new String[] {"Case opened", "Victim added", "Note added", "Case viewed 3 times"}) {
                assertTrue(history.contains(line), "'" + line + "' in " + history);
            }
            assertTrue(history.contains("sup-jm, cw1-jm"), "who read it, most reads first: " + history);
            assertFalse(history.contains("case_note") || history.contains("CREATE"), "no codes: " + history);
            browser.screenshot("case-history");
        }
    }
}
