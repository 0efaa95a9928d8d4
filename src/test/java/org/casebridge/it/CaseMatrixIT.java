package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casebridge.it.CaseMatrix.Action;
import org.casebridge.it.CaseMatrix.Outcome;
import org.casebridge.it.CaseMatrix.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The case and victim access table ({@link CaseMatrix}) over REST: every relation to a case times
 * every action. An allowed action succeeds on a fresh case; a refused one answers 404 (a caller who
 * works with cases, but not this one) or 403 (a role with no case work), changes nothing, and leaves
 * a DENIED entry naming the record and its country, so that Jamaica's supervisors see who probed it.
 */
class CaseMatrixIT {

    private static final Api API = Api.rest();
    private static String colleague;
    private static long cw1;
    private static long cw2;
    private static long fp;

    @BeforeAll
    static void accounts() {
        colleague = Accounts.create(API, "caseworker", "JM-JCF-TIP");
        cw1 = Accounts.find(API, "cw1-jm").getInt("id");
        cw2 = Accounts.find(API, "cw2-jm").getInt("id");
        fp = Accounts.find(API, "fp-jm").getInt("id");
    }

    /** A case of cw1-jm with fp-jm on its team, prepared for {@code action}. */
    private record Fixture(String place, long id, long victim, long consent) {

        String path() {
            return "/api/cases/" + id;
        }
    }

    private static Fixture fixture(Action action) {
        String place = "matrix-" + UUID.randomUUID();
        JsonObject c = Cases.open(API, "cw1-jm", place);
        String path = Cases.path(c);
        assertEquals(200, API.post(path + "/team", "cw1-jm", "{\"userId\":" + fp + "}").status());
        if (action.needsPendingClosure() || action.needsClosedCase()) {
            Api.Reply requested = Cases.post(API, path + "/closure", "cw1-jm", "{\"status\":\"CLOSED\",\"reason\":\"done\"}",
                    Cases.etag(API, path, "cw1-jm"));
            assertEquals(200, requested.status(), requested.toString());
        }
        if (action.needsClosedCase()) {
            assertEquals(200, API.post(path + "/closure/approval", "sup-jm", "{}").status());
        }
        JsonObject victim = c.getJsonArray("victims").getJsonObject(0);
        return new Fixture(place, c.getJsonNumber("id").longValue(), victim.getJsonNumber("id").longValue(),
                victim.getJsonArray("consents").getJsonObject(0).getJsonNumber("id").longValue());
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void eachRelationToACaseMayDoExactlyWhatTheTableAllows(Relation relation) {
        String user = relation == Relation.COLLEAGUE ? colleague : relation.demoUser();
        String password = relation == Relation.COLLEAGUE ? Accounts.PASSWORD : TestSettings.DEMO_PASSWORD;
        Fixture shared = null;
        List<String> failures = new ArrayList<>();
        for (Action action : CaseMatrix.actions()) {
            Outcome expected = CaseMatrix.expected(relation, action);
            Fixture f = expected == Outcome.ALLOWED || shared == null ? fixture(action) : shared;
            if (expected != Outcome.ALLOWED && shared == null) {
                shared = f;
            }
            String caseEtag = Cases.etag(API, f.path(), "cw1-jm");
            String type = action.onVictim() ? "victim" : "case_file";
            long recordId = action.onVictim() ? f.victim() : f.id();
            long deniedBefore = deniedWithCountry(user, type, recordId);
            Api.Reply r = perform(action, f, user, password);
            String cell = relation + " " + action + ": ";
            if (action == Action.LIST) {
                boolean listed = r.status() == 200 && r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(o -> o.getJsonNumber("id").longValue() == f.id());
                check(failures, cell + r, expected == Outcome.FORBIDDEN ? r.status() == 403
                        : r.status() == 200 && listed == (expected == Outcome.ALLOWED));
                continue;
            }
            int status = r.status();
            switch (expected) {
                case ALLOWED -> check(failures, cell + r, status >= 200 && status < 300);
                case NOT_FOUND -> check(failures, cell + r, status == 404);
                case FORBIDDEN -> check(failures, cell + r, status == 403);
            }
            if (expected != Outcome.ALLOWED) {
                check(failures, cell + "DENIED entry with the record's id and country JM",
                        deniedWithCountry(user, type, recordId) > deniedBefore);
                check(failures, cell + "nothing changed", caseEtag.equals(Cases.etag(API, f.path(), "cw1-jm")));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @org.junit.jupiter.api.Test
    void onlyACaseworkerOpensACaseAndEveryOtherRoleIsRefusedAndAudited() {
        for (String user : List.of("sup-jm", "partner1-jm", "analyst", "admin")) {
            long before = Cases.denied(user, "case_file", null);
            long cases = Cases.rows("case_file");
            Api.Reply r = API.post("/api/cases", user, Cases.intake(Cases.details("refused-" + UUID.randomUUID()),
                    Cases.victim("refused")));
            assertEquals(403, r.status(), user + ": " + r);
            assertTrue(Cases.denied(user, "case_file", null) > before, user + ": refused intake audited DENIED");
            assertEquals(cases, Cases.rows("case_file"), user + ": nothing saved");
        }
    }

    @org.junit.jupiter.api.Test
    void aRefusalByRoleNamesTheRecordAndItsCountry() {
        long cw2Id = Accounts.find(API, "cw2-jm").getInt("id");
        long before = Cases.count("select count(*) from audit_entry where outcome = 'DENIED' and username = 'cw1-jm'"
                + " and record_type = 'user_account' and record_id = ? and record_country = 'JM'", Long.toString(cw2Id));
        assertEquals(403, API.get("/api/users/" + cw2Id, "cw1-jm").status());
        assertEquals(before + 1, Cases.count("select count(*) from audit_entry where outcome = 'DENIED' and username = 'cw1-jm'"
                + " and record_type = 'user_account' and record_id = ? and record_country = 'JM'", Long.toString(cw2Id)),
                "Jamaica's supervisors see who asked for a Jamaican account");
        assertEquals(403, API.get("/api/users/987654321", "cw1-jm").status(), "a missing account answers the same");
    }

    @org.junit.jupiter.api.Test
    void anotherVictimsConsentReachedThroughOnesOwnVictimIsDeniedWithItsCountry() {
        Fixture jamaican = fixture(Action.READ);
        JsonObject own = Cases.open(API, "cw1-bs", "own-" + UUID.randomUUID());
        String path = "/api/victims/" + Cases.victimId(own) + "/consents/" + jamaican.consent() + "/withdrawal";
        long before = Cases.count("select count(*) from audit_entry where outcome = 'DENIED' and username = 'cw1-bs'"
                + " and record_type = 'consent' and record_id = ? and record_country = 'JM'", Long.toString(jamaican.consent()));
        Api.Reply r = API.post(path, "cw1-bs", "{}");
        assertEquals(404, r.status(), r.toString());
        assertEquals(before + 1, Cases.count("select count(*) from audit_entry where outcome = 'DENIED' and username = 'cw1-bs'"
                + " and record_type = 'consent' and record_id = ? and record_country = 'JM'", Long.toString(jamaican.consent())),
                "Jamaica's supervisors see the attempt on a Jamaican victim's consent");
        JsonObject consent = API.get("/api/victims/" + jamaican.victim(), "cw1-jm").json().getJsonArray("consents")
                .getJsonObject(0);
        assertTrue(!consent.containsKey("withdrawnOn"), "the consent is untouched: " + consent);
    }

    private static void check(List<String> failures, String what, boolean ok) {
        if (!ok) {
            failures.add(what);
        }
    }

    private static Api.Reply perform(Action action, Fixture f, String user, String password) {
        String p = f.path();
        String v = "/api/victims/" + f.victim();
        return switch (action) {
            case LIST -> send(user, password, "GET", "/api/cases?q=" + f.place(), null, null);
            case READ -> send(user, password, "GET", p, null, null);
            case HISTORY -> send(user, password, "GET", p + "/history", null, null);
            case VICTIM_READ -> send(user, password, "GET", v, null, null);
            case DESCRIBE -> send(user, password, "PUT", p, Cases.details(f.place()).add("riskLevel", "CRITICAL").build()
                    .toString(), Cases.etag(API, p, "cw1-jm"));
            case CHANGE_STATUS -> send(user, password, "POST", p + "/status", "{\"status\":\"FOLLOW_UP\"}",
                    Cases.etag(API, p, "cw1-jm"));
            case ADD_NOTE -> send(user, password, "POST", p + "/notes", "{\"text\":\"matrix note\"}", null);
            case ADD_EVENT -> send(user, password, "POST", p + "/events", "{\"type\":\"TRANSIT\",\"countryCode\":\"JM\"}", null);
            case ADD_PLAN -> send(user, password, "POST", p + "/support-plans", "{\"type\":\"HEALTH\",\"objectives\":\"care\"}",
                    null);
            case ADD_PERPETRATOR -> send(user, password, "POST", p + "/perpetrators",
                    "{\"name\":\"Matrix Suspect\",\"roles\":[\"TRANSPORTER\"]}", null);
            case ADD_VICTIM -> send(user, password, "POST", p + "/victims", Cases.victim("matrix").build().toString(), null);
            case UPDATE_VICTIM -> send(user, password, "PUT", v, Cases.victim("matrix-changed").build().toString(),
                    API.get(v, "cw1-jm").header("ETag"));
            case ADD_CONSENT -> send(user, password, "POST", v + "/consents", Cases.consent().build().toString(), null);
            case WITHDRAW_CONSENT -> send(user, password, "POST", v + "/consents/" + f.consent() + "/withdrawal", "{}", null);
            case REQUEST_CLOSURE -> send(user, password, "POST", p + "/closure", "{\"status\":\"CLOSED\",\"reason\":\"done\"}",
                    Cases.etag(API, p, "cw1-jm"));
            case CASEWORKERS -> send(user, password, "GET", p + "/caseworkers", null, null);
            case ASSIGN -> send(user, password, "PUT", p + "/assignee", "{\"userId\":" + cw1 + "}", null);
            case ADD_TEAM_MEMBER -> send(user, password, "POST", p + "/team", "{\"userId\":" + cw2 + "}", null);
            case REMOVE_TEAM_MEMBER -> send(user, password, "DELETE", p + "/team/" + fp, null, null);
            case APPROVE_CLOSURE -> send(user, password, "POST", p + "/closure/approval", "{\"comment\":\"ok\"}", null);
            case REJECT_CLOSURE -> send(user, password, "POST", p + "/closure/rejection", "{\"comment\":\"not yet\"}", null);
            case REOPEN -> send(user, password, "POST", p + "/reopening", "{\"reason\":\"new evidence\"}", null);
        };
    }

    private static Api.Reply send(String user, String password, String method, String path, String json, String ifMatch) {
        HttpRequest.Builder b = Cases.request(user, password, method, path, json);
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return API.send(b);
    }

    /** DENIED entries by {@code user} about one record that carry the record's country (JM). */
    private static long deniedWithCountry(String user, String type, long id) {
        return Cases.count("select count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED' and username = ?"
                + " and record_type = ? and record_id = ? and record_country = 'JM'", user, type, Long.toString(id));
    }
}
