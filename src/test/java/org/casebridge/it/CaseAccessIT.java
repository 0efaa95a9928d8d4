package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who sees and changes a case, through REST (DESIGN.md, "What each role can see"): caseworkers their
 * agency's cases and those they are on the team of, supervisors all of their country's (read only),
 * nobody else. A refused record answers exactly like a missing one and leaves a DENIED audit entry.
 */
class CaseAccessIT {

    private static final String MISSING = "/api/cases/987654321";
    /** Roles with no case work at all. */
    private static final List<String> NO_CASE_ROLE = List.of("partner1-jm", "analyst", "admin");

    private final Api api = Api.rest();

    /** One row of the matrix: what a user may do with a case cw1-jm opened. */
    private record Expect(String user, boolean list, int view, int edit) {
    }

    @Test
    void eachRoleListsViewsAndEditsExactlyTheCasesTheTableAllows() {
        String place = "access-" + UUID.randomUUID();
        JsonObject c = Cases.open(api, "cw1-jm", place);
        long id = c.getJsonNumber("id").longValue();
        String path = Cases.path(c);
        List<Expect> matrix = List.of(
                new Expect("cw1-jm", true, 200, 200),     // caseworker who opened it (own agency)
                new Expect("cw2-jm", false, 404, 404),    // caseworker of another agency, same country
                new Expect("fp-jm", false, 404, 404),     // focal point (caseworker) of another agency
                new Expect("sup-jm", true, 200, 404),     // supervisor of the country: reads, does not change content
                new Expect("cw1-bs", false, 404, 404),    // caseworker of another country
                new Expect("sup-bs", false, 404, 404),    // supervisor of another country
                // roles with no case work: the list is refused, a case id answers like a missing one
                new Expect("partner1-jm", false, 404, 404),
                new Expect("analyst", false, 404, 404),
                new Expect("admin", false, 404, 404));
        for (Expect e : matrix) {
            Api.Reply list = api.get("/api/cases?q=" + place, e.user());
            if (NO_CASE_ROLE.contains(e.user())) {
                assertEquals(403, list.status(), e.user() + " list: " + list);
                long before = Cases.denied(e.user(), "case_file", null);
                assertEquals(403, api.get("/api/cases", e.user()).status());
                assertTrue(Cases.denied(e.user(), "case_file", null) > before, e.user() + ": refused list audited DENIED");
            } else {
                assertEquals(200, list.status(), e.user() + " list: " + list);
                assertEquals(e.list() ? 1 : 0, list.json().getInt("total"), e.user() + " total: " + list);
                assertEquals(e.list(), ids(list.json()).contains(id), e.user() + " list: " + list);
            }
        }
        for (Expect e : matrix) {
            long deniedBefore = deniedAbout(e.user(), id);
            Api.Reply view = api.get(path, e.user());
            assertEquals(e.view(), view.status(), e.user() + " view: " + view);
            if (e.view() == 404) {
                assertTrue(deniedAbout(e.user(), id) > deniedBefore, e.user() + ": refused view audited DENIED");
                assertEquals(api.get(MISSING, e.user()).body(), view.body(),
                        e.user() + ": a case that is not yours answers like one that does not exist");
                assertFalse(view.body().contains(place), "nothing of the case leaks");
            } else {
                assertEquals(place, view.json().getString("identificationPlace"));
            }
        }
        for (Expect e : matrix) {
            if (e.edit() == 200) {
                continue;
            }
            String etag = Cases.etag(api, path, "cw1-jm");
            long deniedBefore = deniedAbout(e.user(), id);
            Api.Reply edit = api.put(path, e.user(), Cases.details(place + " changed by " + e.user()).build().toString(), etag);
            assertEquals(e.edit(), edit.status(), e.user() + " edit: " + edit);
            assertTrue(deniedAbout(e.user(), id) > deniedBefore, e.user() + ": refused edit audited DENIED");
            assertEquals(etag, Cases.etag(api, path, "cw1-jm"), e.user() + "'s refused edit changed nothing");
        }
        Api.Reply own = api.put(path, "cw1-jm", Cases.details(place).add("riskLevel", "CRITICAL").build().toString(),
                Cases.etag(api, path, "cw1-jm"));
        assertEquals(200, own.status(), own.toString());
        assertEquals("CRITICAL", own.json().getString("riskLevel"));
    }

    @Test
    void aColleagueOfTheSameAgencySeesAndEditsTheCase() {
        String colleague = Accounts.create(api, "caseworker", "JM-JCF-TIP");
        String place = "colleague-" + UUID.randomUUID();
        JsonObject c = Cases.open(api, "cw1-jm", place);
        String path = Cases.path(c);
        Api.Reply list = Cases.as(api, colleague, Accounts.PASSWORD, "GET", "/api/cases?q=" + place, null);
        assertEquals(200, list.status(), list.toString());
        assertEquals(1, list.json().getInt("total"));
        Api.Reply view = Cases.as(api, colleague, Accounts.PASSWORD, "GET", path, null);
        assertEquals(200, view.status(), view.toString());
        Api.Reply edit = api.send(Cases.request(colleague, Accounts.PASSWORD, "PUT", path,
                Cases.details(place).add("stage", "ASSISTANCE").build().toString()).header("If-Match", view.header("ETag")));
        assertEquals(200, edit.status(), edit.toString());
        assertEquals("ASSISTANCE", api.get(path, "cw1-jm").json().getString("stage"));
    }

    @Test
    void theListTotalCountsOnlyTheCasesTheCallerMaySee() {
        Cases.open(api, "cw1-jm", "total-" + UUID.randomUUID());
        Cases.open(api, "cw1-bs", "total-" + UUID.randomUUID());
        long cw2 = Accounts.find(api, "cw2-jm").getInt("id");
        long cw2Agency = Accounts.find(api, "cw2-jm").getInt("agencyId");
        long allowed = Cases.count("select count(*) from case_file c where c.voided = false and (c.owning_agency_id = ?"
                + " or c.assigned_to_id = ? or exists (select 1 from case_team t where t.case_id = c.id and t.user_id = ?))",
                cw2Agency, cw2, cw2);
        JsonObject page = api.get("/api/cases?size=200", "cw2-jm").json();
        assertEquals(allowed, page.getJsonNumber("total").longValue(), "cw2-jm's total is what cw2-jm may see");
        assertTrue(Cases.rows("case_file") > allowed, "there are cases cw2-jm may not see");
        long jm = Cases.count("select count(*) from case_file c join country k on k.id = c.country_id"
                + " where c.voided = false and k.code = 'JM'");
        JsonObject sup = api.get("/api/cases?size=1", "sup-jm").json();
        assertEquals(jm, sup.getJsonNumber("total").longValue(), "a supervisor counts every case of their country");
        for (JsonObject row : api.get("/api/cases?size=200", "sup-jm").json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals("JM", row.getString("countryCode"));
        }
    }

    @Test
    void addingACaseworkerOfAnotherAgencyToTheTeamLetsThemSeeAndWorkTheCase() {
        String place = "team-" + UUID.randomUUID();
        JsonObject c = Cases.open(api, "cw1-jm", place);
        String path = Cases.path(c);
        assertEquals(404, api.get(path, "cw2-jm").status());
        assertEquals(0, api.get("/api/cases?q=" + place, "cw2-jm").json().getInt("total"));
        long cw2 = Accounts.find(api, "cw2-jm").getInt("id");

        Api.Reply bySomeoneElse = api.post(path + "/team", "cw1-bs", "{\"userId\":" + cw2 + "}");
        assertEquals(404, bySomeoneElse.status(), "only who may see the case changes its team");
        Api.Reply added = api.post(path + "/team", "cw1-jm", "{\"userId\":" + cw2 + "}");
        assertEquals(200, added.status(), added.toString());
        assertTrue(added.json().getJsonArray("team").getValuesAs(JsonObject.class).stream()
                .anyMatch(u -> u.getString("username").equals("cw2-jm")));

        JsonObject list = api.get("/api/cases?q=" + place, "cw2-jm").json();
        assertEquals(1, list.getInt("total"));
        assertTrue(ids(list).contains(c.getJsonNumber("id").longValue()));
        assertEquals(200, api.get(path, "cw2-jm").status());
        assertEquals(200, api.get("/api/victims/" + Cases.victimId(c), "cw2-jm").status());
        assertEquals(201, api.post(path + "/notes", "cw2-jm", "{\"text\":\"Seen by the team\"}").status());

        Api.Reply removed = api.method("DELETE", path + "/team/" + cw2, "cw1-jm");
        assertEquals(200, removed.status(), removed.toString());
        assertEquals(404, api.get(path, "cw2-jm").status(), "off the team, out of sight");
    }

    @Test
    void aVictimIsNotFoundForEveryoneWhoCannotSeeTheirCase() {
        String place = "victim-" + UUID.randomUUID();
        JsonObject c = Cases.open(api, "cw1-jm", place);
        long victim = Cases.victimId(c);
        String path = "/api/victims/" + victim;
        Api.Reply own = api.get(path, "cw1-jm");
        assertEquals(200, own.status(), own.toString());
        assertEquals("Testgiven", own.json().getString("givenName"));
        assertEquals(200, api.get(path, "sup-jm").status(), "the supervisor of the country reads the victim");
        for (String user : List.of("cw2-jm", "fp-jm", "cw1-bs", "sup-bs", "cw1-tt")) {
            long before = Cases.denied(user, "victim", victim);
            Api.Reply r = api.get(path, user);
            assertEquals(404, r.status(), user + ": " + r);
            assertEquals(api.get("/api/victims/987654321", user).body(), r.body(), user);
            assertFalse(r.body().contains("Testgiven"));
            assertTrue(Cases.denied(user, "victim", victim) > before, user + ": refused victim audited DENIED");
            String etag = own.header("ETag");
            assertEquals(404, api.put(path, user, Cases.victim("changed").build().toString(), etag).status(), user);
            assertEquals(404, api.post(path + "/consents", user, Cases.consent().build().toString()).status(), user);
        }
        for (String user : NO_CASE_ROLE) {
            long before = Cases.denied(user, "victim", victim);
            Api.Reply r = api.get(path, user);
            assertEquals(404, r.status(), user);
            assertEquals(api.get("/api/victims/987654321", user).body(), r.body(), user + ": answered like a missing victim");
            assertTrue(Cases.denied(user, "victim", victim) > before, user + ": refused victim audited DENIED");
        }
        assertEquals("Testgiven", api.get(path, "cw1-jm").json().getString("givenName"), "nothing changed");
    }

    @Test
    void aSupervisorReadsAVictimButCannotChangeTheRecord() {
        JsonObject c = Cases.open(api, "cw1-jm", "sup-victim-" + UUID.randomUUID());
        long victim = Cases.victimId(c);
        String path = "/api/victims/" + victim;
        String etag = api.get(path, "sup-jm").header("ETag");
        long before = Cases.denied("sup-jm", "victim", victim);
        Api.Reply r = api.put(path, "sup-jm", Cases.victim("changed-by-supervisor").build().toString(), etag);
        assertEquals(404, r.status(), r.toString());
        assertTrue(Cases.denied("sup-jm", "victim", victim) > before, "refused change audited DENIED");
        assertEquals(404, api.post(path + "/consents", "sup-jm", Cases.consent().build().toString()).status());
        assertEquals(etag, api.get(path, "cw1-jm").header("ETag"), "nothing changed");
    }

    @Test
    void anotherCountrysCaseIdIsNotFoundWhateverIsAskedOfIt() {
        JsonObject bs = Cases.open(api, "cw1-bs", "tampered-" + UUID.randomUUID());
        long id = bs.getJsonNumber("id").longValue();
        String path = Cases.path(bs);
        String etag = Cases.etag(api, path, "cw1-bs");
        long before = Cases.denied("cw1-jm", "case_file", id);
        List<Api.Reply> replies = List.of(
                api.get(path, "cw1-jm"),
                api.put(path, "cw1-jm", Cases.details("tampered").build().toString(), etag),
                api.post(path + "/notes", "cw1-jm", "{\"text\":\"tampered\"}"),
                api.post(path + "/events", "cw1-jm", "{\"type\":\"TRANSIT\",\"countryCode\":\"JM\"}"),
                api.post(path + "/victims", "cw1-jm", Cases.victim("tampered").build().toString()),
                Cases.post(api, path + "/status", "cw1-jm", "{\"status\":\"FOLLOW_UP\"}", etag),
                Cases.post(api, path + "/closure", "cw1-jm", "{\"status\":\"CLOSED\",\"reason\":\"tampered\"}", etag),
                api.put(path + "/assignee", "cw1-jm", "{\"userId\":1}", null),
                api.get("/api/victims/" + Cases.victimId(bs), "cw1-jm"));
        for (Api.Reply r : replies) {
            assertEquals(404, r.status(), r.toString());
        }
        assertEquals(404, api.post(path + "/reopening", "sup-jm", "{\"reason\":\"tampered\"}").status());
        assertEquals(404, api.post(path + "/closure/approval", "sup-jm", "{}").status());
        assertTrue(Cases.denied("cw1-jm", "case_file", id) >= before + 6, "each attempt audited DENIED");
        assertEquals(etag, Cases.etag(api, path, "cw1-bs"), "nothing changed");
        assertEquals(0, api.get(path, "cw1-bs").json().getJsonArray("notes").size());
    }

    private long deniedAbout(String user, long caseId) {
        return Cases.denied(user, "case_file", caseId) + Cases.denied(user, "case_file", null);
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }
}
