package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebridge.it.ReferralMatrix.Action;
import org.casebridge.it.ReferralMatrix.Outcome;
import org.casebridge.it.ReferralMatrix.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The referral access table ({@link ReferralMatrix}) over REST: every relation to a referral times
 * every action. An allowed action succeeds on a fresh referral; a refused one answers 404, exactly like
 * a missing referral, whoever asks (another partner, another agency's or country's staff, and also
 * the analyst and the administrator, whose roles have no referrals: only their list is refused with
 * 403), changes nothing, and leaves a DENIED entry naming the referral and its sending country (JM).
 */
class ReferralMatrixIT {

    private static final Api API = Api.rest();
    private static long fp;
    private static long safehouse;

    @BeforeAll
    static void setUp() {
        fp = Accounts.find(API, "fp-jm").getInt("id");
        safehouse = Referrals.agencyId(API, "JM-SAFEHOUSE");
    }

    /** A case of cw1-jm (fp-jm on its team) and a referral of its victim to JM-SAFEHOUSE in status {@code status}. */
    private static JsonObject fixture(String status) {
        JsonObject c = Cases.open(API, "cw1-jm", "referral-matrix-" + UUID.randomUUID());
        assertEquals(200, API.post(Cases.path(c) + "/team", "cw1-jm", "{\"userId\":" + fp + "}").status());
        JsonObject r = Referrals.create(API, "cw1-jm", Referrals.body(c, safehouse, "DRAFT".equals(status)));
        if ("ACCEPTED".equals(status)) {
            String p = Referrals.path(r);
            Api.Reply accepted = Referrals.act(API, "partner1-jm", p + "/acceptance", null, Referrals.etag(API, p, "cw1-jm"));
            assertEquals(200, accepted.status(), accepted.toString());
        }
        return r;
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void eachRelationToAReferralMayDoExactlyWhatTheTableAllows(Relation relation) {
        String user = relation.user();
        Map<String, JsonObject> shared = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (Action action : Action.values()) {
            Outcome expected = ReferralMatrix.expected(relation, action);
            JsonObject r = expected == Outcome.ALLOWED ? fixture(action.before())
                    : shared.computeIfAbsent(action.before(), ReferralMatrixIT::fixture);
            long id = r.getJsonNumber("id").longValue();
            String path = Referrals.path(r);
            String etag = Referrals.etag(API, path, "cw1-jm");
            long deniedBefore = deniedWithCountry(user, id);
            Api.Reply reply = perform(action, path, user, etag);
            String cell = relation + " " + action + ": ";
            if (action == Action.LIST) {
                boolean listed = reply.status() == 200 && reply.json().getJsonArray("items").getValuesAs(JsonObject.class)
                        .stream().anyMatch(o -> o.getJsonNumber("id").longValue() == id);
                check(failures, cell + reply, expected == Outcome.FORBIDDEN ? reply.status() == 403
                        : reply.status() == 200 && listed == (expected == Outcome.ALLOWED));
                continue;
            }
            int status = reply.status();
            switch (expected) {
                case ALLOWED -> check(failures, cell + reply, status >= 200 && status < 300);
                case NOT_FOUND -> check(failures, cell + reply, status == 404 && reply.body().contains("No such referral"));
                case FORBIDDEN -> check(failures, cell + reply, status == 403);
            }
            if (expected != Outcome.ALLOWED) {
                check(failures, cell + "DENIED entry with the referral's id and country JM", deniedWithCountry(user, id) > deniedBefore);
                check(failures, cell + "nothing changed", etag.equals(Referrals.etag(API, path, "cw1-jm")));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aPartnerReadsItsReferralWithoutAnythingOfTheCaseAndCannotReachTheCaseOrTheVictim() {
        JsonObject c = Cases.open(API, "cw1-jm", "referral-partner-" + UUID.randomUUID());
        JsonObject r = Referrals.create(API, "cw1-jm", Referrals.body(c, safehouse, false));
        Api.Reply view = API.get(Referrals.path(r), "partner1-jm");
        assertEquals(200, view.status(), view.toString());
        JsonObject v = view.json();
        assertFalse(v.containsKey("caseId") || v.containsKey("victimId") || v.containsKey("author") || v.containsKey("sentBy"),
                view.body());
        assertEquals(c.getJsonArray("victims").getJsonObject(0).getString("alias"), v.getJsonObject("summary").getString("name"));
        long views = Cases.count("select count(*) from audit_entry where action = 'VIEW' and outcome = 'OK' and username = ?"
                + " and record_type = 'referral' and record_id = ? and record_country = 'JM'", "partner1-jm",
                Long.toString(v.getJsonNumber("id").longValue()));
        assertEquals(1, views, "the partner's view is on the audit trail");
        long caseId = c.getJsonNumber("id").longValue();
        for (String path : List.of("/api/cases/" + caseId, "/api/victims/" + Cases.victimId(c), "/api/cases/" + caseId + "/history")) {
            Api.Reply refused = API.get(path, "partner1-jm");
            assertEquals(404, refused.status(), path + ": " + refused);
            assertTrue(refused.body().contains("No such"), "answered exactly like a missing record: " + refused);
            assertFalse(refused.body().contains(c.getString("number")), "nothing of the case in the refusal");
        }
        Api.Reply drafts = API.get("/api/referrals?status=DRAFT", "partner1-jm");
        assertEquals(0, drafts.json().getJsonNumber("total").longValue(), "a partner never sees drafts");
    }

    @Test
    void aMissingReferralIsNotFoundForEveryoneWhoWorksWithReferrals() {
        for (String user : List.of("cw1-jm", "sup-jm", "partner1-jm")) {
            Api.Reply r = API.get("/api/referrals/987654321", user);
            assertEquals(404, r.status(), user + ": " + r);
        }
        for (String user : List.of("analyst", "admin")) {
            Api.Reply r = API.get("/api/referrals/987654321", user);
            assertEquals(404, r.status(), user + ": a role without referrals learns nothing from an id either: " + r);
        }
    }

    private static Api.Reply perform(Action action, String path, String user, String etag) {
        return switch (action) {
            case LIST -> API.get("/api/referrals?size=200", user);
            case READ -> API.get(path, user);
            case SEND -> Referrals.act(API, user, path + "/sending", null, etag);
            case OVERRIDE_CONSENT -> Referrals.act(API, user, path + "/consent-override",
                    "{\"legalBasis\":\"Child at risk\"}", etag);
            case ACCEPT -> Referrals.act(API, user, path + "/acceptance", null, etag);
            case DECLINE -> Referrals.act(API, user, path + "/declination", "{\"reason\":\"No space\"}", etag);
            case COMPLETE -> Referrals.act(API, user, path + "/completion",
                    "{\"outcome\":\"Housed\",\"servicesDelivered\":[\"SHELTER\"],\"completedOn\":\""
                            + java.time.LocalDate.now() + "\"}", etag);
            case REVOKE -> Referrals.act(API, user, path + "/revocation", "{\"reason\":\"Sent by mistake\"}", etag);
        };
    }

    private static void check(List<String> failures, String what, boolean ok) {
        if (!ok) {
            failures.add(what);
        }
    }

    private static long deniedWithCountry(String user, long id) {
        return Cases.count("select count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED' and username = ?"
                + " and record_type = 'referral' and record_id = ? and record_country = 'JM'", user, Long.toString(id));
    }
}
