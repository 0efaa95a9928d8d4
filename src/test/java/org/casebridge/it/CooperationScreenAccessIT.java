package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casebridge.it.CooperationMatrix.Action;
import org.casebridge.it.CooperationMatrix.Outcome;
import org.casebridge.it.CooperationMatrix.Relation;
import org.junit.jupiter.api.Test;

/**
 * The cooperation access table through the screens, as a browser gets them: every relation opens a
 * request's page by its address (a view parameter) and the lists. Readers see the request; everyone
 * else gets the not-found page inside the normal page with the menu and Log out, with nothing of the
 * request in it, and a DENIED entry naming the request and the right country; roles without requests
 * get "not allowed" for the lists.
 */
class CooperationScreenAccessIT {

    private static final Api API = Api.rest();

    @Test
    void everyRelationOpeningARequestsPageGetsWhatTheTableAllows() {
        JsonObject c = Cases.open(API, "fp-jm", "coop-screens-" + UUID.randomUUID());
        JsonObject r = Cooperation.create(API, "fp-jm", Cooperation.body(c, "BS", false, "CASE_NUMBER"));
        long id = r.getJsonNumber("id").longValue();
        String reference = r.getString("reference");
        List<String> failures = new ArrayList<>();
        for (Relation relation : Relation.values()) {
            Api browser = Api.withCookies();
            Forms.login(browser, relation.user(), TestSettings.DEMO_PASSWORD);
            long deniedBefore = Cooperation.denied(relation.user(), id, relation.deniedCountry());
            Api.Reply page = browser.get("/cooperation/details.xhtml?id=" + id);
            String cell = relation + ": ";
            if (CooperationMatrix.expected(relation, Action.READ) == Outcome.ALLOWED) {
                check(failures, cell + "reads the request " + page.status(), page.status() == 200 && page.body().contains(reference));
            } else {
                check(failures, cell + "not found " + page.status(), page.status() == 404);
                check(failures, cell + "inside the page with the menu and Log out",
                        page.body().contains("id=\"refusedTitle\"") && page.body().contains("userForm:logout"));
                check(failures, cell + "nothing of the request", !page.body().contains(reference));
                check(failures, cell + "DENIED with the request's id and country " + relation.deniedCountry(),
                        Cooperation.denied(relation.user(), id, relation.deniedCountry()) > deniedBefore);
            }
            Api.Reply outgoing = browser.get("/cooperation/list.xhtml?direction=OUTGOING");
            Api.Reply incoming = browser.get("/cooperation/list.xhtml?direction=INCOMING");
            Outcome listing = CooperationMatrix.expected(relation, Action.LIST);
            if (listing == Outcome.FORBIDDEN) {
                check(failures, cell + "list not allowed " + outgoing.status() + " " + incoming.status(),
                        outgoing.status() == 403 && incoming.status() == 403 && !outgoing.body().contains(reference)
                                && outgoing.body().contains("id=\"refusedTitle\"") && outgoing.body().contains("userForm:logout"));
            } else {
                boolean listed = outgoing.body().contains(reference) || incoming.body().contains(reference);
                check(failures, cell + "lists " + outgoing.status() + " " + incoming.status(), outgoing.status() == 200
                        && incoming.status() == 200 && listed == (listing == Outcome.ALLOWED));
            }
            check(failures, cell + "a page id that is no number", browser.get("/cooperation/details.xhtml?id=abc").status() == 404);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void check(List<String> failures, String what, boolean ok) {
        if (!ok) {
            failures.add(what);
        }
    }
}
