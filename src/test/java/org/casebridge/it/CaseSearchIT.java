package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The case list's text searches take the caller's text literally: '%', '_' and '\' are characters to
 * find, not patterns, so "50%" finds "50%" and not "500", and a search for "%" alone does not list
 * every case (issue 8.6).
 */
class CaseSearchIT {

    private final Api api = Api.rest();

    @Test
    void quickSearchFindsPercentUnderscoreAndBackslashAsWrittenAndNothingElse() {
        // One identification date of its own, so the searches can be narrowed to this test's cases
        // (other tests' cases never match or miss by accident).
        LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(3000, 9000));
        String tag = "esc" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        long percent = open(tag + " 50% off", day);
        long digits = open(tag + " 500 off", day);
        long marks = open(tag + " back\\slash_under", day);

        assertEquals(Set.of(digits, percent, marks), found("", day), "the three cases of the day are listed");
        assertEquals(Set.of(percent), found("50%", day), "50% is not 500");
        assertEquals(Set.of(digits), found("500", day));
        assertEquals(Set.of(percent), found("%", day), "a percent sign finds only a percent sign");
        assertEquals(Set.of(marks), found("_", day), "an underscore finds only an underscore");
        assertEquals(Set.of(marks), found("\\", day), "a backslash finds only a backslash");
        assertEquals(Set.of(), found("!", day), "the escape character is a character too");
    }

    @Test
    void numberPrefixWithPatternCharactersMatchesNoCaseNumber() {
        open("esc-number " + System.nanoTime(), LocalDate.now());
        for (String prefix : new String[] {"%", "_", "\\", "JM%", "J_"}) {
            JsonObject page = list("number=" + encode(prefix));
            assertEquals(0, page.getJsonNumber("total").longValue(), "number=" + prefix + ": " + page);
        }
    }

    @Test
    void numberSearchFindsAnyPartOfTheNumberThroughTheSameServiceAsTheScreen() {
        LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(3000, 9000));
        long id = open("part-number " + System.nanoTime(), day);
        String number = api.get("/api/cases/" + id, "cw1-jm").json().getString("number");
        String window = "&from=" + day + "&to=" + day;
        for (String part : new String[] {number, number.substring(0, 7), number.substring(8), number.substring(3, 10),
                number.substring(1, 6), number.substring(8).toLowerCase()}) {
            JsonObject page = list("number=" + encode(part) + window);
            assertEquals(1, page.getJsonNumber("total").longValue(), "number=" + part + " finds " + number + ": " + page);
        }
        assertEquals(0, list("number=" + encode(number.substring(8) + "9") + window).getJsonNumber("total").longValue(),
                "a part that is in no number finds nothing");
    }

    private long open(String place, LocalDate identified) {
        Api.Reply r = api.post("/api/cases", "cw1-jm", Cases.intake(
                Cases.details(place).add("identificationDate", identified.toString()), Cases.victim("V-esc")));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** The ids cw1-jm finds with quick search {@code q} among the cases identified on {@code day}. */
    private Set<Long> found(String q, LocalDate day) {
        JsonObject page = list((q.isEmpty() ? "" : "q=" + encode(q) + "&") + "from=" + day + "&to=" + day + "&size=100");
        Set<Long> ids = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertEquals(ids.size(), page.getJsonNumber("total").longValue(), "q=" + q + ": the total counts the same cases");
        return ids;
    }

    private JsonObject list(String query) {
        Api.Reply r = api.get("/api/cases?" + query, "cw1-jm");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
