package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo cooperation requests a newcomer is walked through (README, "What to try first"), over REST
 * as each demo account sees them: Jamaica's requests to The Bahamas in every state (one overdue) and
 * one to Trinidad and Tobago, The Bahamas' requests to Jamaica, each side's focal points and
 * supervisors seeing both directions of their own country and nothing of the others'.
 */
class DemoCooperationIT {

    private static final Api API = Api.rest();
    private static List<JsonObject> jamaica;
    private static List<JsonObject> bahamas;

    @BeforeAll
    static void load() {
        jamaica = requestsOfDemoCase("fp-jm", "Demo data: Negril");
        bahamas = requestsOfDemoCase("fp-bs", "Demo data: Nassau");
    }

    /** The requests about the focal point's demo case (found by its place), as the requesting country lists them. */
    private static List<JsonObject> requestsOfDemoCase(String focalPoint, String place) {
        JsonObject cases = API.get("/api/cases?size=50&q=" + URLEncoder.encode(place, StandardCharsets.UTF_8), focalPoint).json();
        List<JsonObject> items = cases.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, items.size(), "the demo case of " + focalPoint + ": " + cases);
        Api.Reply page = API.get(Cooperation.API + "?size=50&caseId=" + items.get(0).getJsonNumber("id"), focalPoint);
        assertEquals(200, page.status(), page.toString());
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void jamaicasDemoRequestsAreInEveryStateWithOneOverdue() {
        assertEquals(List.of("ACKNOWLEDGED", "ANSWERED", "CLOSED", "DRAFT", "SENT", "SENT"), statuses(jamaica), jamaica.toString());
        assertEquals(Set.of("BS", "TT"), jamaica.stream().map(r -> r.getString("requestedCountry")).collect(Collectors.toSet()));
        List<JsonObject> overdue = jamaica.stream().filter(r -> !r.getJsonArray("overdue").isEmpty()).toList();
        assertEquals(1, overdue.size(), "one is overdue: " + jamaica);
        assertEquals("SENT", overdue.get(0).getString("status"));
        assertEquals("BS", overdue.get(0).getString("requestedCountry"));
        assertTrue(overdue.get(0).getJsonArray("overdue").toString().contains("ACKNOWLEDGEMENT"), overdue.toString());
        assertTrue(jamaica.stream().filter(r -> !r.getString("status").equals("DRAFT"))
                .allMatch(r -> r.getString("reference").matches("JM-CR-\\d{4}-\\d{5}")), "sent ones have references");
        assertEquals(List.of("REFUSED", "SENT", "WITHDRAWN"), statuses(bahamas), bahamas.toString());
        assertTrue(bahamas.stream().allMatch(r -> r.getString("requestedCountry").equals("JM")));
    }

    @Test
    void theThreadsHoldTheDemoMessagesAndTheAnswer() {
        JsonObject answered = only(jamaica, "ANSWERED");
        JsonObject sheet = API.get(Cooperation.path(answered), "fp-jm").json();
        assertEquals(2, sheet.getJsonArray("messages").size(), sheet.toString());
        assertEquals("fp-bs", sheet.getString("answeredBy"));
        JsonObject refused = only(bahamas, "REFUSED");
        JsonObject asJamaica = API.get(Cooperation.path(refused), "fp-jm").json();
        assertTrue(asJamaica.getString("endReason").contains("civil register"), asJamaica.toString());
    }

    @Test
    void theExtractsKeepTheSharingRules() {
        for (JsonObject r : jamaica) {
            JsonObject sheet = API.get(Cooperation.path(r), "fp-jm").json();
            JsonObject extract = sheet.getJsonObject("extract");
            boolean victimData = extract.getJsonArray("fields").toString().contains("VICTIM_");
            if (r.getString("requestedCountry").equals("TT")) {
                assertFalse(victimData, "no consent covers Trinidad and Tobago: " + extract);
            }
            if (victimData) {
                assertEquals("Demo Fern (fictional)", extract.getString("alias"), "the victim's data, on her consent: " + extract);
            }
        }
        for (JsonObject r : bahamas) {
            JsonObject sheet = API.get(Cooperation.path(r), "fp-bs").json();
            boolean victimData = sheet.getJsonObject("extract").getJsonArray("fields").toString().contains("VICTIM_");
            assertEquals(victimData, Api.has(sheet, "sharingBasis"),
                    "without consent, victim data only on a recorded legal basis: " + sheet);
        }
        assertTrue(bahamas.stream().map(r -> API.get(Cooperation.path(r), "fp-bs").json())
                .anyMatch(s -> Api.has(s, "sharingBasis")), "one shares on a legal basis");
    }

    @Test
    void eachAccountSeesItsOwnCountrysRequestsBothWaysAndNoOthers() {
        Set<Long> jm = ids(jamaica);
        Set<Long> bs = ids(bahamas);
        Set<Long> jmToBs = ids(jamaica.stream().filter(r -> r.getString("requestedCountry").equals("BS")).toList());
        Set<Long> toTt = ids(jamaica.stream().filter(r -> r.getString("requestedCountry").equals("TT")).toList());
        Set<Long> draft = ids(jamaica.stream().filter(r -> r.getString("status").equals("DRAFT")).toList());

        for (String user : List.of("fp-jm", "sup-jm")) {
            assertTrue(list("OUTGOING", user).containsAll(jm), user + " outgoing");
            assertTrue(list("INCOMING", user).containsAll(bs), user + " incoming");
        }
        for (String user : List.of("fp-bs", "sup-bs")) {
            Set<Long> incoming = list("INCOMING", user);
            Set<Long> sentToBs = new HashSet<>(jmToBs);
            sentToBs.removeAll(draft);
            assertTrue(incoming.containsAll(sentToBs), user + " incoming " + incoming);
            assertTrue(draft.stream().noneMatch(incoming::contains), user + " sees no draft");
            assertTrue(toTt.stream().noneMatch(incoming::contains), user + " sees nothing sent to Trinidad and Tobago");
            assertTrue(list("OUTGOING", user).containsAll(bs), user + " outgoing");
            for (long id : draft) {
                assertEquals(404, API.get(Cooperation.API + "/" + id, user).status(), "a draft has not reached " + user);
            }
        }
        for (String user : List.of("fp-tt", "sup-tt")) {
            Set<Long> seen = list(null, user);
            assertTrue(seen.containsAll(toTt), user + " sees Jamaica's request to Trinidad and Tobago");
            Set<Long> others = new HashSet<>(jmToBs);
            others.addAll(bs);
            assertTrue(others.stream().noneMatch(seen::contains), user + " sees no request between Jamaica and The Bahamas");
            for (long id : others) {
                assertEquals(404, API.get(Cooperation.API + "/" + id, user).status(), user + " must not find request " + id);
            }
        }
        for (String user : List.of("cw1-jm", "partner1-jm", "analyst")) {
            assertEquals(403, API.get(Cooperation.API, user).status(), user + " has no cooperation requests");
        }
    }

    @Test
    void theOverdueRequestIsOnBothSidesOverdueListsAndInTheTimings() {
        long overdue = jamaica.stream().filter(r -> !r.getJsonArray("overdue").isEmpty()).mapToLong(DemoCooperationIT::id)
                .findFirst().orElseThrow();
        assertTrue(API.allIds("/api/cooperation-requests?overdue=true&direction=OUTGOING&size=100", "sup-jm").contains(overdue));
        assertTrue(API.allIds("/api/cooperation-requests?overdue=true&direction=INCOMING&size=100", "fp-bs").contains(overdue));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Reply timings = API.get("/api/cooperation-requests/timings?from=" + today.minusMonths(12) + "&to=" + today, "sup-jm");
        assertEquals(200, timings.status(), timings.toString());
        JsonObject toBahamas = timings.array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("counterpart").equals("BS") && t.getString("direction").equals("OUTGOING"))
                .findFirst().orElseThrow(() -> new AssertionError(timings.body()));
        assertTrue(toBahamas.getInt("sent") >= 4 && toBahamas.getInt("acknowledged") >= 3 && toBahamas.getInt("answered") >= 2,
                toBahamas.toString());
        assertNotNull(toBahamas.get("medianAnswerHours"));
    }

    private static List<String> statuses(List<JsonObject> requests) {
        return requests.stream().map(r -> r.getString("status")).sorted().toList();
    }

    private static JsonObject only(List<JsonObject> requests, String status) {
        return requests.stream().filter(r -> r.getString("status").equals(status)).findFirst().orElseThrow();
    }

    private static Set<Long> list(String direction, String user) {
        return API.allIds(Cooperation.API + "?size=100" + (direction == null ? "" : "&direction=" + direction), user);
    }

    private static Set<Long> ids(List<JsonObject> requests) {
        return requests.stream().map(DemoCooperationIT::id).collect(Collectors.toSet());
    }

    private static long id(JsonObject r) {
        return r.getJsonNumber("id").longValue();
    }
}
