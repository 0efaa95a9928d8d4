package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebridge.it.CooperationMatrix.Action;
import org.casebridge.it.CooperationMatrix.Before;
import org.casebridge.it.CooperationMatrix.Outcome;
import org.casebridge.it.CooperationMatrix.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cooperation access table ({@link CooperationMatrix}) over REST: every relation to a request times
 * every action. An allowed action succeeds on a fresh request; a refused one answers 404 exactly like a
 * missing request (only the list of a role without requests is 403), changes nothing, and leaves a
 * DENIED entry naming the request and the country whose supervisors should see it.
 */
class CooperationMatrixIT {

    private static final Api API = Api.rest();
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A request from a new Jamaican case of fp-jm to The Bahamas, in state {@code before}; returns the request and, for ATTACHED, the attachment's id. */
    static Fixture fixture(Before before) {
        JsonObject c = Cases.open(API, "fp-jm", "coop-matrix-" + UUID.randomUUID());
        JsonObject r = Cooperation.create(API, "fp-jm", Cooperation.body(c, "BS", before == Before.DRAFT, "CASE_NUMBER",
                "EXPLOITATION"));
        String path = Cooperation.path(r);
        Long attachment = null;
        if (before == Before.ACKNOWLEDGED || before == Before.ANSWERED) {
            assertEquals(200, Cooperation.act(API, "fp-bs", path + "/acknowledgement", "fp-bs").status());
        }
        if (before == Before.ANSWERED) {
            Api.Reply answered = Cooperation.act(API, "fp-bs", path + "/answer", Cooperation.text("Found."),
                    Cases.etag(API, path, "fp-bs"));
            assertEquals(200, answered.status(), answered.toString());
        }
        if (before == Before.ATTACHED) {
            Api.Reply m = API.post(path + "/messages", "fp-jm", Cooperation.text("Copy attached."));
            assertEquals(201, m.status(), m.toString());
            Api.Reply a = Cooperation.upload(API, "fp-jm", path, m.json().getJsonNumber("id").longValue(), "copy.pdf", PDF);
            assertEquals(201, a.status(), a.toString());
            attachment = a.json().getJsonNumber("id").longValue();
        }
        return new Fixture(r.getJsonNumber("id").longValue(), path, attachment);
    }

    record Fixture(long id, String path, Long attachment) {
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void eachRelationToARequestMayDoExactlyWhatTheTableAllows(Relation relation) {
        String user = relation.user();
        Map<Before, Fixture> shared = new EnumMap<>(Before.class);
        List<String> failures = new ArrayList<>();
        for (Action action : Action.values()) {
            Outcome expected = CooperationMatrix.expected(relation, action);
            Fixture f = expected == Outcome.ALLOWED ? fixture(action.before())
                    : shared.computeIfAbsent(action.before(), CooperationMatrixIT::fixture);
            String etag = Cases.etag(API, f.path(), "fp-jm");
            long deniedBefore = Cooperation.denied(user, f.id(), relation.deniedCountry());
            Api.Reply reply = perform(action, f, user, etag);
            String cell = relation + " " + action + ": ";
            if (action == Action.LIST) {
                boolean listed = reply.status() == 200 && reply.json().getJsonArray("items").getValuesAs(JsonObject.class)
                        .stream().anyMatch(o -> o.getJsonNumber("id").longValue() == f.id());
                check(failures, cell + reply, expected == Outcome.FORBIDDEN ? reply.status() == 403
                        : reply.status() == 200 && listed == (expected == Outcome.ALLOWED));
                continue;
            }
            int status = reply.status();
            switch (expected) {
                case ALLOWED -> check(failures, cell + reply, status >= 200 && status < 300);
                case NOT_FOUND -> check(failures, cell + reply, status == 404 && reply.body().contains("No such")
                        && !reply.body().contains("CR-"));
                case FORBIDDEN -> check(failures, cell + reply, status == 403);
            }
            if (expected != Outcome.ALLOWED) {
                check(failures, cell + "DENIED entry with the request's id and country " + relation.deniedCountry(),
                        Cooperation.denied(user, f.id(), relation.deniedCountry()) > deniedBefore);
                check(failures, cell + "nothing changed", etag.equals(Cases.etag(API, f.path(), "fp-jm")));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aMissingRequestIsNotFoundForEveryoneAndTheListIsRefusedToRolesWithoutRequests() {
        for (Relation r : Relation.values()) {
            Api.Reply missing = API.get(Cooperation.API + "/987654321", r.user());
            assertEquals(404, missing.status(), r + ": " + missing);
        }
        for (String user : List.of("cw1-jm", "partner1-jm", "analyst", "admin")) {
            assertEquals(403, API.get(Cooperation.API, user).status(), user);
            assertEquals(403, API.get(Cooperation.API + "/timings?from=" + java.time.LocalDate.now().minusDays(30) + "&to="
                    + java.time.LocalDate.now(), user).status(), user + ": no timing figures either");
        }
    }

    private static Api.Reply perform(Action action, Fixture f, String user, String etag) {
        String p = f.path();
        return switch (action) {
            case LIST -> API.get(Cooperation.API + "?size=200", user);
            case READ, READ_DRAFT -> API.get(p, user);
            case THREAD -> API.get(p + "/messages", user);
            case DOWNLOAD -> API.get(p + "/attachments/" + f.attachment(), user);
            case SEND -> Cooperation.act(API, user, p + "/sending", null, etag);
            case DISCARD -> Cooperation.act(API, user, p + "/discarding", Cooperation.text("Opened by mistake"), etag);
            case SHARING_BASIS -> Cooperation.act(API, user, p + "/sharing-basis",
                    "{\"sharingBasis\":\"Law-enforcement cooperation under the 2019 treaty\"}", etag);
            case ACKNOWLEDGE -> Cooperation.act(API, user, p + "/acknowledgement", null, etag);
            case ANSWER -> Cooperation.act(API, user, p + "/answer", Cooperation.text("Found."), etag);
            case REFUSE -> Cooperation.act(API, user, p + "/refusal", Cooperation.text("Outside our remit"), etag);
            case WITHDRAW -> Cooperation.act(API, user, p + "/withdrawal", Cooperation.text("Resolved at home"), etag);
            case CLOSE -> Cooperation.act(API, user, p + "/closure", null, etag);
            case FOLLOW_UP -> Cooperation.act(API, user, p + "/follow-up", Cooperation.text("And the father?"), etag);
            case POST_MESSAGE -> API.post(p + "/messages", user, Cooperation.text("A question."));
        };
    }

    private static void check(List<String> failures, String what, boolean ok) {
        if (!ok) {
            failures.add(what);
        }
    }
}
