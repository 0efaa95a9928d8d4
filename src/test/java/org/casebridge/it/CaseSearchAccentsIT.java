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
 * The case list's search ignores accents and capitals (issue 15 item 5): victims' aliases and places
 * in Spanish, French and Haitian Creole are found however the search spells them, while what was
 * written is stored and answered exactly as written, in any script.
 */
class CaseSearchAccentsIT {

    private final Api api = Api.rest();

    @Test
    void searchIgnoresAccentsAndCapitalsInAliasesAndPlaces() {
        LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(3000, 9000));
        long jose = open("Santo Domingo", "José Peña", day);
        long plainJose = open("Santo Domingo", "JOSE PENA", day);
        long francoise = open("Lyon", "Françoise Lefèvre", day);
        long mesidye = open("Port-au-Prince", "Mèsidye", day);
        long petion = open("Pétion-Ville", "V-accents", day);
        // "René" typed as e + combining acute accent (NFD), as some keyboards send it
        long rene = open("Jacmel", "Rene\u0301 Noël", day);

        assertEquals(Set.of(jose, plainJose), found("jose pena", day));
        assertEquals(Set.of(jose, plainJose), found("José Peña", day), "the accented form finds the plain one too");
        assertEquals(Set.of(jose, plainJose), found("PEÑA", day));
        assertEquals(Set.of(francoise), found("FRANCOISE", day));
        assertEquals(Set.of(francoise), found("lefevre", day));
        assertEquals(Set.of(francoise), found("Lefèvre", day));
        assertEquals(Set.of(francoise), found("françoise lefèvre", day));
        assertEquals(Set.of(mesidye), found("mesidye", day));
        assertEquals(Set.of(mesidye), found("MÈSIDYE", day));
        assertEquals(Set.of(petion), found("petion-ville", day), "places are searched the same way");
        assertEquals(Set.of(petion), found("PÉTION", day));
        assertEquals(Set.of(rene), found("René", day), "composed and decomposed accents are the same");
        assertEquals(Set.of(rene), found("rene noel", day));

        assertEquals(Set.of(), found("Pedro Martínez", day), "another name finds none");
        assertEquals(Set.of(), found("lefevres", day));
        assertEquals(Set.of(), found("mesidyé x", day));
        assertEquals(Set.of(), found("anais", day), "the victims' names are not searched, only their aliases");
    }

    @Test
    void textIsStoredAndAnsweredExactlyAsWritten() {
        LocalDate day = LocalDate.now().minusDays(ThreadLocalRandom.current().nextInt(3000, 9000));
        String place = "Cap-Haïtien, 서울, Москва, القاهرة";
        String alias = "Rene\u0301 Lefèvre-Peña";
        long id = open(place, alias, day);

        JsonObject c = api.get("/api/cases/" + id, "cw1-jm").json();
        assertEquals(place, c.getString("identificationPlace"));
        assertEquals(alias, c.getJsonArray("victims").getJsonObject(0).getString("alias"), "not recomposed, not folded");
        JsonObject victim = api.get("/api/victims/" + Cases.victimId(c), "cw1-jm").json();
        assertEquals(alias, victim.getString("alias"));
        assertEquals("Anaïs", victim.getString("givenName"));
        assertEquals("Lefèvre-Nuñez", victim.getString("familyName"));

        assertEquals(Set.of(id), found("москва", day), "other scripts are found too");
        assertEquals(Set.of(id), found("서울", day));
        assertEquals(Set.of(id), found("cap-haitien", day));
    }

    private long open(String place, String alias, LocalDate identified) {
        Api.Reply r = api.post("/api/cases", "cw1-jm", Cases.intake(
                Cases.details(place).add("identificationDate", identified.toString()),
                Cases.victim(alias).add("givenName", "Anaïs").add("familyName", "Lefèvre-Nuñez")));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** The ids cw1-jm finds with quick search {@code q} among the cases identified on {@code day}. */
    private Set<Long> found(String q, LocalDate day) {
        Api.Reply r = api.get("/api/cases?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&from=" + day + "&to=" + day
                + "&size=100", "cw1-jm");
        assertEquals(200, r.status(), r.toString());
        JsonObject page = r.json();
        Set<Long> ids = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertEquals(ids.size(), page.getJsonNumber("total").longValue(), "q=" + q + ": the total counts the same cases");
        return ids;
    }
}
