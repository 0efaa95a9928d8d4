package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A few rows of the case access table through the screens, as a browser sees them: the case list and
 * details refuse like the API (403 for a role without cases, 404 for a case that is not the caller's
 * or is not a number), inside the normal page with its menu and Log out, audited with the case's id
 * and country, and without an error in the server log.
 */
class CaseScreenAccessIT {

    private final Api api = Api.rest();

    @Test
    void aPartnerOpeningACaseScreenFindsNothingInsideThePageAndIsAudited() throws IOException {
        JsonObject c = Cases.open(api, "cw1-jm", "screen-" + UUID.randomUUID());
        long id = c.getJsonNumber("id").longValue();
        long logBefore = Files.size(CaseBridgeServer.get().log());
        Api browser = Api.withCookies();
        Forms.login(browser, "partner1-jm", TestSettings.DEMO_PASSWORD);
        long before = deniedWithCountry("partner1-jm", id);

        Api.Reply details = browser.get("/cases/details.xhtml?id=" + id);
        assertEquals(404, details.status(), "a case id tells a partner nothing: not found, like a missing case");
        assertTrue(details.body().contains("id=\"refusedTitle\""), "the refusal is shown inside the page");
        assertTrue(details.body().contains("userForm:logout"), "with the menu and Log out");
        assertFalse(details.body().contains(c.getString("number")), "nothing of the case is shown");
        assertTrue(deniedWithCountry("partner1-jm", id) > before, "audited DENIED with the case's id and country");

        Api.Reply list = browser.get("/cases/list.xhtml");
        assertEquals(403, list.status(), "the case list refuses a partner too");
        assertTrue(list.body().contains("id=\"refusedTitle\"") && list.body().contains("userForm:logout"));

        String log = Files.readString(CaseBridgeServer.get().log()).substring((int) logBefore);
        assertFalse(log.contains("AccessDeniedException") || log.contains("at org.casebridge."),
                "the refusal leaves no stack trace in the server log: " + log);
    }

    @Test
    void anotherAgencysCaseAndANonNumericIdAreNotFound() {
        JsonObject c = Cases.open(api, "cw1-jm", "screen-" + UUID.randomUUID());
        long id = c.getJsonNumber("id").longValue();
        Api browser = Api.withCookies();
        Forms.login(browser, "cw2-jm", TestSettings.DEMO_PASSWORD);
        long before = deniedWithCountry("cw2-jm", id);
        Api.Reply foreign = browser.get("/cases/details.xhtml?id=" + id);
        assertEquals(404, foreign.status());
        assertTrue(foreign.body().contains("id=\"refusedTitle\"") && foreign.body().contains("userForm:logout"));
        assertFalse(foreign.body().contains(c.getString("number")));
        assertTrue(deniedWithCountry("cw2-jm", id) > before, "audited DENIED with the case's id and country");
        assertEquals(404, browser.get("/cases/details.xhtml?id=abc").status(), "a non-numeric id is no case");
        assertEquals(404, browser.get("/cases/details.xhtml").status(), "neither is a missing id");
        assertEquals(200, browser.get("/cases/list.xhtml").status(), "the list itself is open to a caseworker");
    }

    private static long deniedWithCountry(String user, long id) {
        return Cases.count("select count(*) from audit_entry where outcome = 'DENIED' and username = ?"
                + " and record_type = 'case_file' and record_id = ? and record_country = 'JM'", user, Long.toString(id));
    }
}
