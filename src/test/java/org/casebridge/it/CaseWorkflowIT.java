package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A case through its life over REST: intake, editing with optimistic locking, records added, closure with approval, lists. */
class CaseWorkflowIT {

    private final Api api = Api.rest();

    @Test
    void badIntakeIsRefusedWithFieldErrorsForCaseAndVictimAndNothingIsSaved() {
        long cases = Cases.rows("case_file");
        long victims = Cases.rows("victim");
        long consents = Cases.rows("victim_consent");
        String place = "bad-intake-" + UUID.randomUUID();
        String body = Cases.intake(Cases.details(place).remove("stage").add("exploitationTypes", Json.createArrayBuilder())
                        .add("identificationDate", LocalDate.now().plusDays(3).toString()),
                Cases.victim("").add("contactEmail", "not an address"));
        Api.Reply r = api.post("/api/cases", "cw1-jm", body);
        assertEquals(400, r.status(), r.toString());
        JsonObject errors = r.json().getJsonObject("errors");
        for (String field : List.of("stage", "exploitationTypes", "identificationDate", "victim.alias", "victim.contactEmail")) {
            assertTrue(errors.containsKey(field), field + " in " + errors);
        }

        Api.Reply unknownCode = api.post("/api/cases", "cw1-jm", Cases.intake(Cases.details(place).add("riskLevel", "EXTREME"),
                Cases.victim("V1").add("gender", "UNKNOWN_VALUE")));
        assertEquals(400, unknownCode.status(), unknownCode.toString());
        assertTrue(unknownCode.json().getJsonObject("errors").containsKey("riskLevel"), unknownCode.toString());
        assertTrue(unknownCode.json().getJsonObject("errors").containsKey("victim.gender"), unknownCode.toString());

        Api.Reply badConsent = api.post("/api/cases", "cw1-jm", Json.createObjectBuilder().add("details", Cases.details(place))
                .add("victim", Cases.victim("V2")).add("consents", Json.createArrayBuilder().add(Cases.consent()
                        .add("givenOn", LocalDate.now().plusDays(1).toString()))).build().toString());
        assertEquals(400, badConsent.status(), badConsent.toString());
        assertTrue(badConsent.json().getJsonObject("errors").containsKey("consent.givenOn"), badConsent.toString());

        Api.Reply smuggled = api.post("/api/cases", "cw1-jm", Json.createObjectBuilder()
                .add("details", Cases.details(place).add("status", "CLOSED")).add("victim", Cases.victim("V3")).build().toString());
        assertEquals(400, smuggled.status(), "a field the client may not set is refused: " + smuggled);

        assertEquals(cases, Cases.rows("case_file"), "no case saved");
        assertEquals(victims, Cases.rows("victim"), "no victim saved");
        assertEquals(consents, Cases.rows("victim_consent"), "no consent saved");
        assertEquals(0, api.get("/api/cases?q=" + place, "cw1-jm").json().getInt("total"));
    }

    @Test
    void theSamePersonCanBeLinkedToASecondCaseOnlyBySomeoneWhoMaySeeThem() {
        JsonObject first = Cases.open(api, "cw1-jm", "Linked first " + UUID.randomUUID());
        long victim = Cases.victimId(first);
        JsonObject second = Cases.open(api, "cw1-jm", "Linked second " + UUID.randomUUID());
        Api.Reply linked = api.post(Cases.path(second) + "/victims/" + victim, "cw1-jm", "");
        assertEquals(200, linked.status(), linked.toString());
        assertTrue(api.get(Cases.path(second), "cw1-jm").json().getJsonArray("victims").getValuesAs(JsonObject.class)
                .stream().anyMatch(v -> v.getJsonNumber("id").longValue() == victim));

        JsonObject foreign = Cases.open(api, "cw1-bs", "Linked foreign " + UUID.randomUUID());
        Api.Reply refused = api.post(Cases.path(foreign) + "/victims/" + victim, "cw1-bs", "");
        assertEquals(404, refused.status(), "a victim of another country's case answers as if it did not exist");
        assertEquals(1, api.get(Cases.path(foreign), "cw1-bs").json().getJsonArray("victims").size());
        JsonObject otherAgency = Cases.open(api, "cw2-jm", "Linked other agency " + UUID.randomUUID());
        assertEquals(404, api.post(Cases.path(otherAgency) + "/victims/" + victim, "cw2-jm", "").status());
    }

    @Test
    void anAgencyThatOwnsCasesKeepsItsCountry() {
        Cases.open(api, "cw2-tt", "Agency country " + UUID.randomUUID());
        JsonObject agency = api.get("/api/agencies", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals("TT-TTPS")).findFirst().orElseThrow();
        String path = "/api/agencies/" + agency.getInt("id");
        String body = "{\"name\":\"" + agency.getString("name") + "\",\"type\":\"LAW_ENFORCEMENT\",\"countryCode\":\"BS\"}";
        Api.Reply moved = api.put(path, "admin", body, api.get(path, "admin").header("ETag"));
        assertEquals(400, moved.status(), moved.toString());
        assertTrue(moved.json().getJsonObject("errors").containsKey("country"));
        assertEquals("TT", api.get(path, "admin").json().getString("countryCode"));
    }

    @Test
    void intakeGivesUniqueIncreasingCaseNumbersOfTheCountryAndYear() {
        Pattern format = Pattern.compile("^JM-" + LocalDate.now().getYear() + "-\\d{5}$");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Api.Reply r = api.post("/api/cases", "cw1-jm",
                    Cases.intake(Cases.details("numbers-" + UUID.randomUUID()), Cases.victim("N" + i)));
            assertEquals(201, r.status(), r.toString());
            JsonObject c = r.json();
            assertTrue(format.matcher(c.getString("number")).matches(), c.getString("number"));
            assertEquals("JM", c.getString("countryCode"));
            assertEquals("JM-JCF-TIP", c.getString("owningAgencyCode"));
            assertEquals("cw1-jm", c.getJsonObject("assignedTo").getString("username"));
            assertEquals("ACTIVE", c.getString("status"));
            assertTrue(r.header("Location").endsWith("/api/cases/" + c.getJsonNumber("id").longValue()), r.header("Location"));
            assertNotNull(r.header("ETag"));
            assertEquals(1, c.getJsonArray("victims").size());
            assertFalse(c.getJsonArray("victims").getJsonObject(0).containsKey("givenName"), "no names on the case");
            assertEquals(1, c.getJsonArray("victims").getJsonObject(0).getJsonArray("currentConsents").size());
            numbers.add(c.getString("number"));
        }
        assertEquals(numbers.stream().sorted().toList(), numbers, "numbers increase");
        assertEquals(3, new HashSet<>(numbers).size());
        assertEquals(Cases.rows("case_file"), Cases.count("select count(distinct case_number) from case_file"), "numbers unique");
        Api.Reply bs = api.post("/api/cases", "cw1-bs", Cases.intake(Cases.details("numbers-" + UUID.randomUUID()),
                Cases.victim("NB")));
        assertTrue(bs.json().getString("number").startsWith("BS-"), bs.toString());
    }

    @Test
    void everyCodeListOfTheCaseIsStoredAndReadBackByItsConstantNames() {
        String place = "codes-" + UUID.randomUUID();
        JsonObject c = Cases.open(api, "cw1-jm", place);
        String path = Cases.path(c);
        String body = Cases.details(place)
                .add("exploitationTypes", Json.createArrayBuilder().add("SEXUAL_EXPLOITATION").add("FORCED_LABOUR"))
                .add("sexExploitationTypes", Json.createArrayBuilder().add("PROSTITUTION").add("PORNOGRAPHY"))
                .add("forcedLabourIndustry", "B")
                .add("methodsOfControl", Json.createArrayBuilder().add("PHYSICAL_THREATS").add("THREATS_LAW_ENFORCEMENT"))
                .add("methodsOfRecruitment", Json.createArrayBuilder().add("AT_A_PLACE_OF_BUSINESS"))
                .add("recruitmentApps", Json.createArrayBuilder().add("WHATSAPP"))
                .add("exploitationApps", Json.createArrayBuilder().add("FACEBOOK").add("TIKTOK"))
                .build().toString();
        Api.Reply r = api.put(path, "cw1-jm", body, Cases.etag(api, path, "cw1-jm"));
        assertEquals(200, r.status(), r.toString());
        JsonObject now = api.get(path, "cw1-jm").json();
        assertEquals("[\"FORCED_LABOUR\",\"SEXUAL_EXPLOITATION\"]", now.getJsonArray("exploitationTypes").toString());
        assertEquals("[\"PROSTITUTION\",\"PORNOGRAPHY\"]", now.getJsonArray("sexExploitationTypes").toString());
        assertEquals("B", now.getString("forcedLabourIndustry"));
        assertEquals("[\"PHYSICAL_THREATS\",\"THREATS_LAW_ENFORCEMENT\"]", now.getJsonArray("methodsOfControl").toString());
        assertEquals("[\"AT_A_PLACE_OF_BUSINESS\"]", now.getJsonArray("methodsOfRecruitment").toString());
        assertEquals("[\"WHATSAPP\"]", now.getJsonArray("recruitmentApps").toString());
        assertEquals("[\"FACEBOOK\",\"TIKTOK\"]", now.getJsonArray("exploitationApps").toString());
        long id = c.getJsonNumber("id").longValue();
        assertEquals(1, Cases.count("select count(*) from case_file where id = ? and methods_of_control = ?"
                + " and sex_exploitation_types = ? and exploitation_apps = ?", id, "PHYSICAL_THREATS,THREATS_LAW_ENFORCEMENT",
                "PORNOGRAPHY,PROSTITUTION", "FACEBOOK,TIKTOK"), "stored as the constant names");
        Api.Reply wrongCombination = api.put(path, "cw1-jm", Cases.details(place)
                .add("sexExploitationTypes", Json.createArrayBuilder().add("PROSTITUTION")).build().toString(),
                Cases.etag(api, path, "cw1-jm"));
        assertEquals(400, wrongCombination.status());
        assertTrue(wrongCombination.json().getJsonObject("errors").containsKey("sexExploitationTypes"));
    }

    @Test
    void editingNeedsTheCurrentVersionAndAnEditFromAStaleVersionNeverOverwritesTheFirst() {
        String place = "locking-" + UUID.randomUUID();
        JsonObject c = Cases.open(api, "cw1-jm", place);
        String path = Cases.path(c);
        String etag = Cases.etag(api, path, "cw1-jm");
        assertEquals("\"" + c.getJsonNumber("version").longValue() + "\"", etag);

        Api.Reply noIfMatch = api.put(path, "cw1-jm", Cases.details(place + " A").build().toString(), null);
        assertEquals(428, noIfMatch.status(), noIfMatch.toString());
        Api.Reply first = api.put(path, "cw1-jm", Cases.details(place + " first").build().toString(), etag);
        assertEquals(200, first.status(), first.toString());
        assertNotEquals(etag, first.header("ETag"));
        Api.Reply stale = api.put(path, "cw1-jm", Cases.details(place + " second").build().toString(), etag);
        assertEquals(412, stale.status(), stale.toString());
        JsonObject now = api.get(path, "cw1-jm").json();
        assertEquals(place + " first", now.getString("identificationPlace"), "the first change survives");
        assertEquals(first.header("ETag"), api.get(path, "cw1-jm").header("ETag"));
    }

    @Test
    void aBodyWithFieldsTheClientMayNotSetIsRefusedAndNothingChanges() {
        String place = "not-settable-" + UUID.randomUUID();
        JsonObject c = Cases.open(api, "cw1-jm", place);
        String path = Cases.path(c);
        String etag = Cases.etag(api, path, "cw1-jm");
        for (String field : List.of("status", "number", "countryCode", "owningAgency", "assignedTo", "version", "id", "createdBy")) {
            Api.Reply r = api.put(path, "cw1-jm", Cases.details(place + " " + field).add(field, "CLOSED").build().toString(), etag);
            assertEquals(400, r.status(), field + ": " + r);
        }
        Api.Reply badCode = api.put(path, "cw1-jm", Cases.details(place).add("stage", "FINISHED").build().toString(), etag);
        assertEquals(400, badCode.status());
        assertTrue(badCode.json().getJsonObject("errors").containsKey("stage"), badCode.toString());
        Api.Reply badDate = api.put(path, "cw1-jm", Cases.details(place).add("reviewDue", "next week").build().toString(), etag);
        assertEquals(400, badDate.status());
        assertTrue(badDate.json().getJsonObject("errors").containsKey("reviewDue"), badDate.toString());
        Api.Reply closing = Cases.post(api, path + "/status", "cw1-jm", "{\"status\":\"CLOSED\"}", etag);
        assertEquals(409, closing.status(), "closing goes through the closure with a reason: " + closing);
        JsonObject now = api.get(path, "cw1-jm").json();
        assertEquals(place, now.getString("identificationPlace"));
        assertEquals("ACTIVE", now.getString("status"));
        assertEquals(etag, Cases.etag(api, path, "cw1-jm"));
    }

    @Test
    void closingInJamaicaWaitsForTheSupervisorWhoMayApproveAndLaterReopen() {
        JsonObject c = Cases.open(api, "cw1-jm", "closure-jm-" + UUID.randomUUID());
        String path = Cases.path(c);
        assertEquals(428, Cases.post(api, path + "/closure", "cw1-jm", "{\"status\":\"CLOSED\",\"reason\":\"Done\"}", null)
                .status());
        Api.Reply noReason = Cases.post(api, path + "/closure", "cw1-jm", "{\"status\":\"CLOSED\"}", Cases.etag(api, path, "cw1-jm"));
        assertEquals(400, noReason.status());
        assertTrue(noReason.json().getJsonObject("errors").containsKey("closureReason"), noReason.toString());

        Api.Reply requested = Cases.post(api, path + "/closure", "cw1-jm",
                "{\"status\":\"CLOSED\",\"reason\":\"Victim safely reintegrated\"}", Cases.etag(api, path, "cw1-jm"));
        assertEquals(200, requested.status(), requested.toString());
        assertEquals("ACTIVE", requested.json().getString("status"), "still open until a supervisor approves");
        assertTrue(requested.json().getJsonObject("closure").getBoolean("pending"));
        assertEquals("cw1-jm", requested.json().getJsonObject("closure").getString("requestedBy"));

        Api.Reply byCaseworker = api.post(path + "/closure/approval", "cw1-jm", "{}");
        assertTrue(byCaseworker.status() == 404 || byCaseworker.status() == 403, "a caseworker cannot approve: " + byCaseworker);
        Api.Reply byOtherSupervisor = api.post(path + "/closure/approval", "sup-bs", "{}");
        assertEquals(404, byOtherSupervisor.status());
        assertEquals("ACTIVE", api.get(path, "sup-jm").json().getString("status"));

        Api.Reply approved = api.post(path + "/closure/approval", "sup-jm", "{\"comment\":\"Agreed\"}");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("CLOSED", approved.json().getString("status"));
        assertFalse(approved.json().getJsonObject("closure").getBoolean("pending"));
        assertEquals("sup-jm", approved.json().getJsonObject("closure").getString("reviewedBy"));

        Api.Reply edit = api.put(path, "cw1-jm", Cases.details("after closing").build().toString(), Cases.etag(api, path, "cw1-jm"));
        assertEquals(409, edit.status(), "a closed case does not change: " + edit);
        assertEquals(409, api.post(path + "/events", "cw1-jm", "{\"type\":\"TRANSIT\",\"countryCode\":\"JM\"}").status());

        assertEquals(400, api.post(path + "/reopening", "sup-jm", "{}").status(), "reopening needs a reason");
        assertEquals(404, api.post(path + "/reopening", "cw1-jm", "{\"reason\":\"New evidence\"}").status());
        Api.Reply reopened = api.post(path + "/reopening", "sup-jm", "{\"reason\":\"New evidence\"}");
        assertEquals(200, reopened.status(), reopened.toString());
        assertEquals("ACTIVE", reopened.json().getString("status"));
        assertEquals(200, api.put(path, "cw1-jm", Cases.details("after reopening").build().toString(),
                Cases.etag(api, path, "cw1-jm")).status());
    }

    @Test
    void aRejectedClosureNeedsACommentAndLeavesTheCaseOpen() {
        JsonObject c = Cases.open(api, "cw1-tt", "rejection-tt-" + UUID.randomUUID());
        String path = Cases.path(c);
        assertEquals(409, api.post(path + "/closure/rejection", "sup-tt", "{\"comment\":\"Nothing to reject\"}").status());
        Api.Reply requested = Cases.post(api, path + "/closure", "cw1-tt",
                "{\"status\":\"CLOSED_REFERRED\",\"reason\":\"Referred to the shelter\"}", Cases.etag(api, path, "cw1-tt"));
        assertEquals(200, requested.status(), requested.toString());
        assertTrue(requested.json().getJsonObject("closure").getBoolean("pending"));

        Api.Reply noComment = api.post(path + "/closure/rejection", "sup-tt", "{}");
        assertEquals(400, noComment.status(), noComment.toString());
        assertTrue(noComment.json().getJsonObject("errors").containsKey("comment"));
        assertTrue(api.get(path, "cw1-tt").json().getJsonObject("closure").getBoolean("pending"), "still waiting");

        Api.Reply rejected = api.post(path + "/closure/rejection", "sup-tt", "{\"comment\":\"Plan the follow-up first\"}");
        assertEquals(200, rejected.status(), rejected.toString());
        JsonObject now = api.get(path, "cw1-tt").json();
        assertEquals("ACTIVE", now.getString("status"));
        assertFalse(now.getJsonObject("closure").getBoolean("pending"));
        assertEquals("Plan the follow-up first", now.getJsonObject("closure").getString("reviewComment"));
        assertEquals(200, Cases.post(api, path + "/status", "cw1-tt", "{\"status\":\"FOLLOW_UP\"}",
                Cases.etag(api, path, "cw1-tt")).status());
        assertEquals("FOLLOW_UP", api.get(path, "cw1-tt").json().getString("status"));
    }

    @Test
    void inTheBahamasACaseClosesAtOnceWithoutApproval() {
        JsonObject c = Cases.open(api, "cw1-bs", "closure-bs-" + UUID.randomUUID());
        String path = Cases.path(c);
        Api.Reply closed = Cases.post(api, path + "/closure", "cw1-bs",
                "{\"status\":\"CLOSED_REFERRED\",\"reason\":\"Referred abroad\"}", Cases.etag(api, path, "cw1-bs"));
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CLOSED_REFERRED", closed.json().getString("status"));
        assertFalse(closed.json().getJsonObject("closure").getBoolean("pending"));
        assertNotNull(closed.json().getJsonObject("closure").getString("closedAt"));
        assertEquals(409, api.post(path + "/closure/approval", "sup-bs", "{}").status(), "nothing to approve");
    }

    @Test
    void notesEventsPlansPeopleAndConsentsAddedShowUpOnTheCase() {
        JsonObject c = Cases.open(api, "cw1-jm", "records-" + UUID.randomUUID());
        String path = Cases.path(c);
        Api.Reply note = api.post(path + "/notes", "cw1-jm", "{\"text\":\"First interview done\"}");
        assertEquals(201, note.status(), note.toString());
        assertEquals("cw1-jm", note.json().getString("author"));
        assertEquals(400, api.post(path + "/notes", "cw1-jm", "{\"text\":\"  \"}").status());
        Api.Reply event = api.post(path + "/events", "cw1-jm", "{\"type\":\"RECRUITMENT\",\"countryCode\":\"HT\","
                + "\"place\":\"Port-au-Prince\",\"date\":\"" + LocalDate.now().minusMonths(3) + "\"}");
        assertEquals(201, event.status(), event.toString());
        Api.Reply badEvent = api.post(path + "/events", "cw1-jm", "{\"type\":\"KIDNAPPING\",\"date\":\"yesterday\"}");
        assertEquals(400, badEvent.status());
        assertTrue(badEvent.json().getJsonObject("errors").containsKey("type"), badEvent.toString());
        assertTrue(badEvent.json().getJsonObject("errors").containsKey("date"), badEvent.toString());
        assertEquals(201, api.post(path + "/support-plans", "cw1-jm", "{\"type\":\"HEALTH\",\"objectives\":\"Medical check\","
                + "\"plannedEnd\":\"" + LocalDate.now().plusMonths(1) + "\"}").status());
        assertEquals(201, api.post(path + "/perpetrators", "cw1-jm", "{\"roles\":[\"RECRUITER_OR_INTERMEDIARY\"],"
                + "\"organisation\":\"Fake agency\"}").status());
        Api.Reply victim = api.post(path + "/victims", "cw1-jm", Cases.victim("Second").build().toString());
        assertEquals(201, victim.status(), victim.toString());
        long second = victim.json().getJsonNumber("id").longValue();
        assertTrue(victim.header("Location").endsWith("/api/victims/" + second), victim.header("Location"));

        Api.Reply consent = api.post("/api/victims/" + second + "/consents", "cw1-jm", Cases.consent()
                .add("purpose", "CROSS_BORDER_SHARING").add("scope", "COUNTRY").add("scopeValue", "BS").build().toString());
        assertEquals(201, consent.status(), consent.toString());
        assertEquals(400, api.post("/api/victims/" + second + "/consents", "cw1-jm",
                Cases.consent().add("purpose", "MARKETING").build().toString()).status());

        JsonObject now = api.get(path, "cw1-jm").json();
        assertEquals("First interview done", now.getJsonArray("notes").getJsonObject(0).getString("text"));
        assertEquals("RECRUITMENT", now.getJsonArray("events").getJsonObject(0).getString("type"));
        assertEquals("HT", now.getJsonArray("events").getJsonObject(0).getString("countryCode"));
        assertEquals("HEALTH", now.getJsonArray("supportPlans").getJsonObject(0).getString("type"));
        assertEquals("Fake agency", now.getJsonArray("perpetrators").getJsonObject(0).getString("organisation"));
        assertEquals(2, now.getJsonArray("victims").size());
        JsonObject shown = now.getJsonArray("victims").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("id").longValue() == second).findFirst().orElseThrow();
        assertEquals("CROSS_BORDER_SHARING", shown.getJsonArray("currentConsents").getJsonObject(0).getString("purpose"));

        long consentId = consent.json().getJsonNumber("id").longValue();
        Api.Reply withdrawn = api.post("/api/victims/" + second + "/consents/" + consentId + "/withdrawal", "cw1-jm",
                "{\"on\":\"" + LocalDate.now() + "\"}");
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertEquals(LocalDate.now().toString(), withdrawn.json().getString("withdrawnOn"));
        JsonObject record = api.get("/api/victims/" + second, "cw1-jm").json();
        assertEquals(LocalDate.now().toString(), record.getJsonArray("consents").getJsonObject(0).getString("withdrawnOn"));
        assertFalse(record.getJsonArray("consents").getJsonObject(0).getBoolean("validToday"));
        assertTrue(api.get(path, "cw1-jm").json().getJsonArray("victims").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("id").longValue() == second).findFirst().orElseThrow()
                .getJsonArray("currentConsents").isEmpty(), "a withdrawn consent is no longer current");
    }

    @Test
    void aVictimRecordIsChangedWithIfMatchAndTheMinorFlagIsDerivedFromTheBirthDate() {
        String place = "minor-" + UUID.randomUUID();
        Api.Reply r = api.post("/api/cases", "cw1-jm", Cases.intake(Cases.details(place),
                Cases.victim("Child").add("birthDate", LocalDate.now().minusYears(10).toString())));
        assertEquals(201, r.status(), r.toString());
        assertTrue(r.json().getJsonArray("victims").getJsonObject(0).getBoolean("minor"));
        String path = "/api/victims/" + Cases.victimId(r.json());
        Api.Reply victim = api.get(path, "cw1-jm");
        assertTrue(victim.json().getBoolean("minor"));
        assertEquals(10, victim.json().getInt("ageToday"));
        assertEquals("Testgiven", victim.json().getString("givenName"));

        String adult = Cases.victim("Child").add("birthDate", LocalDate.now().minusYears(19).toString()).build().toString();
        assertEquals(428, api.put(path, "cw1-jm", adult, null).status());
        assertEquals(400, api.put(path, "cw1-jm", Cases.victim("Child").add("minor", false).build().toString(),
                victim.header("ETag")).status(), "minor is derived, not set");
        Api.Reply changed = api.put(path, "cw1-jm", adult, victim.header("ETag"));
        assertEquals(200, changed.status(), changed.toString());
        assertFalse(changed.json().getBoolean("minor"));
        assertEquals(412, api.put(path, "cw1-jm", adult, victim.header("ETag")).status(), "stale version");
        Api.Reply unknownAge = api.put(path, "cw1-jm", Cases.victim("Child").remove("birthDate").build().toString(),
                changed.header("ETag"));
        assertEquals(200, unknownAge.status(), unknownAge.toString());
        assertFalse(unknownAge.json().containsKey("minor"), "unknown age: no minor flag claimed");

        // Identified a year ago at 17 and a half: 18 today, still a minor victim of this case.
        LocalDate identified = LocalDate.now().minusYears(1);
        Api.Reply grown = api.post("/api/cases", "cw1-jm", Cases.intake(Cases.details(place + "-grown")
                .add("identificationDate", identified.toString()),
                Cases.victim("Grown").add("birthDate", identified.minusYears(17).minusMonths(6).toString())));
        assertEquals(201, grown.status(), grown.toString());
        assertTrue(grown.json().getJsonArray("victims").getJsonObject(0).getBoolean("minor"), "minor when identified");
        JsonObject grownRecord = api.get("/api/victims/" + Cases.victimId(grown.json()), "cw1-jm").json();
        assertEquals(18, grownRecord.getInt("ageToday"));
        assertTrue(grownRecord.getBoolean("minor"), "not today's age");
        assertEquals(LocalDate.now().plusDays(30).toString(), grown.json().getString("reviewDue"),
                "the first review is due 30 days after recording, not overdue at birth");
    }

    @Test
    void pagingWithAfterTokensReachesEveryRowOfAFilteredListOnceInEverySortOrder() {
        String tag = "paging-" + UUID.randomUUID();
        Set<Long> created = new HashSet<>();
        String[] risks = {"LOW", "HIGH", "HIGH", "CRITICAL", "MEDIUM", "HIGH", "LOW"};
        for (int i = 0; i < 7; i++) {
            JsonObject c = Cases.open(api, "cw1-jm", tag + " " + i);
            created.add(c.getJsonNumber("id").longValue());
            String path = Cases.path(c);
            assertEquals(200, api.put(path, "cw1-jm", Cases.details(tag + " " + i).add("riskLevel", risks[i])
                    .add("identificationDate", LocalDate.now().minusDays(i % 3).toString()).build().toString(),
                    Cases.etag(api, path, "cw1-jm")).status());
        }
        Cases.open(api, "cw2-jm", tag + " of another agency");
        for (String sort : List.of("IDENTIFIED", "NUMBER", "RISK", "CHANGED")) {
            for (boolean asc : List.of(true, false)) {
                List<Long> seen = new ArrayList<>();
                String after = null;
                int pages = 0;
                do {
                    Api.Reply r = api.get("/api/cases?q=" + tag + "&size=3&sort=" + sort + "&asc=" + asc
                            + (after == null ? "" : "&after=" + after), "cw1-jm");
                    assertEquals(200, r.status(), r.toString());
                    JsonObject page = r.json();
                    assertEquals(7, page.getInt("total"), "the total of the whole filtered list");
                    page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(o -> seen.add(o.getJsonNumber("id").longValue()));
                    after = page.getString("next", null);
                    pages++;
                } while (after != null && pages < 10);
                assertEquals(seen.size(), new HashSet<>(seen).size(), sort + " asc=" + asc + ": no duplicates " + seen);
                assertEquals(created, new HashSet<>(seen), sort + " asc=" + asc + ": every row reached");
            }
        }
        JsonObject high = api.get("/api/cases?q=" + tag + "&risk=HIGH&size=2", "cw1-jm").json();
        assertEquals(4, high.getInt("total"), "risk is 'at least'");
        Set<Long> highIds = new HashSet<>();
        String next = high.getString("next", null);
        high.getJsonArray("items").getValuesAs(JsonObject.class).forEach(o -> highIds.add(o.getJsonNumber("id").longValue()));
        while (next != null) {
            JsonObject page = api.get("/api/cases?q=" + tag + "&risk=HIGH&size=2&after=" + next, "cw1-jm").json();
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(o -> {
                assertNotEquals("LOW", o.getString("riskLevel"));
                assertNotEquals("MEDIUM", o.getString("riskLevel"));
                highIds.add(o.getJsonNumber("id").longValue());
            });
            next = page.getString("next", null);
        }
        assertEquals(4, highIds.size());
        String token = api.get("/api/cases?q=" + tag + "&size=3&sort=NUMBER", "cw1-jm").json().getString("next");
        Api.Reply otherSort = api.get("/api/cases?q=" + tag + "&size=3&sort=RISK&after=" + token, "cw1-jm");
        assertEquals(400, otherSort.status(), "a token of another sort order is refused");
        assertEquals(400, api.get("/api/cases?after=garbage", "cw1-jm").status());
    }

    @Test
    void listFiltersAreCheckedAndMyCasesAreTheCallersOwn() {
        String tag = "filters-" + UUID.randomUUID();
        JsonObject mine = Cases.open(api, "cw1-jm", tag + " mine");
        JsonObject other = Cases.open(api, "cw1-jm", tag + " other");
        long me = Accounts.find(api, "cw1-jm").getInt("id");
        String assignTo = "{\"userId\":" + colleague() + "}";
        assertEquals(200, api.put(Cases.path(other) + "/assignee", "cw1-jm", assignTo, null).status());
        JsonObject page = api.get("/api/cases?q=" + tag + "&mine=true", "cw1-jm").json();
        assertEquals(1, page.getInt("total"), page.toString());
        assertEquals(mine.getJsonNumber("id").longValue(), page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, api.get("/api/cases?q=" + tag + "&assignedTo=" + me, "cw1-jm").json().getInt("total"));
        assertEquals(2, api.get("/api/cases?q=" + tag + "&status=ACTIVE&status=FOLLOW_UP&country=JM&exploitation=FORCED_LABOUR"
                + "&stage=IDENTIFICATION&from=" + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now(), "cw1-jm")
                .json().getInt("total"));
        assertEquals(0, api.get("/api/cases?q=" + tag + "&exploitation=SURROGACY", "cw1-jm").json().getInt("total"));
        String number = mine.getString("number");
        assertEquals(1, api.get("/api/cases?q=" + number, "cw1-jm").json().getInt("total"), "quick search by number");
        assertTrue(api.get("/api/cases?number=" + number.substring(0, 8) + "&size=200", "cw1-jm").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().allMatch(o -> o.getString("number").startsWith(number.substring(0, 8))));
        for (String bad : List.of("status=OPEN", "stage=X", "risk=EXTREME", "exploitation=X", "from=yesterday", "to=2026-13-01",
                "sort=NAME", "overdue=maybe", "size=ten", "country=Jamaica", "assignedTo=me")) {
            Api.Reply r = api.get("/api/cases?" + bad, "cw1-jm");
            assertEquals(400, r.status(), bad + ": " + r);
            String param = bad.substring(0, bad.indexOf('='));
            assertTrue(r.json().getJsonObject("errors").containsKey(param), bad + ": " + r);
        }
        assertNull(api.get("/api/cases?q=" + tag, "cw1-jm").json().getString("next", null), "one page, no next");
    }

    private long colleague() {
        return Accounts.find(api, Accounts.create(api, "caseworker", "JM-JCF-TIP")).getInt("id");
    }
}
