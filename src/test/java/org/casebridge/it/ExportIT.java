package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.casebridge.application.export.CsvParser;
import org.casebridge.application.export.KAnonymityVerifier;
import org.junit.jupiter.api.Test;

/**
 * Exports over REST against the running application: the background job from 202 to the download, the
 * HTCDS file's columns and cells, identifying fields only when ticked with a reason, formula-safe cells,
 * the k-anonymous set's k measured on the file, each refusal (unknown kind, wrong role, another's job)
 * and its audit entries.
 */
class ExportIT {

    private final Api api = Api.rest();

    @Test
    void supervisorsHtcdsExportRunsInTheBackgroundAndIsDownloadedAsAnAttachment() {
        JsonObject c = Cases.open(api, "cw1-jm", "Export place " + System.nanoTime());
        long caseId = c.getJsonNumber("id").longValue();
        JsonObject job = Exports.ask(api, "sup-jm", "{\"kind\":\"HTCDS_CASES\",\"format\":\"CSV\"}");
        assertEquals("QUEUED", job.getString("status"));
        JsonObject done = Exports.awaitEnd(api, "sup-jm", Exports.id(job));
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals(100, done.getInt("percent"));
        assertTrue(done.getJsonNumber("rows").longValue() > 0);

        Api.Reply file = api.get("/api/exports/" + Exports.id(job) + "/file", "sup-jm");
        assertEquals(200, file.status(), file.toString());
        assertTrue(file.header("Content-Disposition").startsWith("attachment;"), file.header("Content-Disposition"));
        assertEquals("nosniff", file.header("X-Content-Type-Options"));
        List<List<String>> csv = CsvParser.parse(file.body());
        List<String> header = csv.get(0);
        assertEquals("cb_CaseId", header.get(0));
        for (String identifying : List.of("prs_FirstName", "prs_SecondName", "prs_Birthdate", "prs_MobilePhone", "prs_Email")) {
            assertFalse(header.contains(identifying), identifying + " not ticked, not in the file");
        }
        assertFalse(file.body().contains("Testgiven") || file.body().contains("Testfamily"), "no victim name in the file");
        int country = header.indexOf("cb_CaseCountry");
        assertTrue(csv.subList(1, csv.size()).stream().allMatch(r -> r.get(country).equals("JM")), "the supervisor's country only");
        assertTrue(csv.stream().anyMatch(r -> r.get(0).equals(Long.toString(caseId))), "the new case is in the file");
        assertEquals(done.getJsonNumber("rows").longValue(), csv.size() - 1, "rows as the job says");

        // the ids the file holds are on the audit trail, and the download is audited
        assertTrue(Cases.count("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'case_file'"
                + " and detail like ? and (shown_ids like ? or shown_ids like ? or shown_ids = ? or shown_ids like ?)",
                "export_job=" + Exports.id(job) + " part=%", caseId + ",%", "%," + caseId + ",%", Long.toString(caseId),
                "%," + caseId) == 1, "the case's id is in the export's audit entries");
        assertEquals(1, Cases.count("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'export_job'"
                + " and record_id = ? and username = 'sup-jm' and detail like 'download%'", Long.toString(Exports.id(job))));
    }

    @Test
    void htcdsFileHoldsEveryVictimOfEveryCaseWithItsTypesAndExploitationCountriesAsTheDatabaseHasThem() {
        // a case with two victims and two exploitation countries (one twice), read back against the tables one by one
        JsonObject c = Cases.open(api, "cw1-jm", "Export two victims " + System.nanoTime());
        String path = Cases.path(c);
        long caseId = c.getJsonNumber("id").longValue();
        Api.Reply second = api.post(path + "/victims", "cw1-jm", Cases.victim("Second-" + caseId).build().toString());
        assertEquals(201, second.status(), second.toString());
        for (String country : List.of("TT", "BS", "TT")) {
            Api.Reply event = api.post(path + "/events", "cw1-jm", "{\"type\":\"EXPLOITATION\",\"countryCode\":\"" + country + "\"}");
            assertEquals(201, event.status(), event.toString());
        }
        JsonObject job = Exports.ask(api, "sup-jm", "{\"kind\":\"HTCDS_CASES\"}");
        assertEquals("DONE", Exports.awaitEnd(api, "sup-jm", Exports.id(job)).getString("status"));
        List<List<String>> csv = CsvParser.parse(api.get("/api/exports/" + Exports.id(job) + "/file", "sup-jm").body());
        List<String> header = csv.get(0);
        List<List<String>> rows = csv.subList(1, csv.size());
        int victim = header.indexOf("cb_VictimId");
        int types = header.indexOf("vic_TypeOfExploitation");
        int countries = header.indexOf("cb_CountryOfExploitation");

        String jmCases = "from case_file c where c.voided = false and c.country_id = (select id from country where code = 'JM')";
        String liveVictims = "select count(*) from case_victim cv join victim v on v.id = cv.victim_id where v.voided = false";
        assertEquals(Cases.count("select count(*) " + jmCases + " and not exists (" + liveVictims.replace("select count(*)", "select 1")
                + " and cv.case_id = c.id)") + Cases.count(liveVictims + " and cv.case_id in (select c.id " + jmCases + ")"),
                rows.size(), "one row per live victim of each case of the country, one for a case without any");
        assertEquals(2, rows.stream().filter(r -> r.get(0).equals(Long.toString(caseId))).count(), "both victims of the new case");
        List<String> order = rows.stream().map(r -> r.get(0) + "/" + r.get(victim)).toList();
        assertEquals(order.size(), order.stream().distinct().count(), "no row twice");
        for (List<String> r : rows) {
            long id = Long.parseLong(r.get(0));
            if (r.get(victim).isEmpty()) {
                assertEquals(0, Cases.count(liveVictims + " and cv.case_id = ?", id), "a case without victims: " + id);
            } else {
                assertEquals(1, Cases.count(liveVictims + " and cv.case_id = ? and v.id = ?", id, Long.parseLong(r.get(victim))),
                        "a live victim of case " + id);
            }
            assertEquals(Cases.count("select count(*) from case_exploitation where case_id = ?", id),
                    r.get(types).isEmpty() ? 0 : r.get(types).split(";").length, "the types of case " + id);
            String exploitation = " from case_event where case_id = ? and voided = false and type = 'EXPLOITATION'"
                    + " and country_code is not null";
            List<String> listed = r.get(countries).isEmpty() ? List.of() : List.of(r.get(countries).split(";"));
            assertEquals(Cases.count("select count(distinct country_code)" + exploitation, id), listed.size(),
                    "the exploitation countries of case " + id);
            assertEquals(listed.stream().distinct().sorted().toList(), listed, "each once, sorted: case " + id);
            for (String code : listed) {
                assertTrue(Cases.count("select count(*)" + exploitation + " and country_code = ?", id, code) > 0, code + " of " + id);
            }
        }
        List<String> newCase = rows.stream().filter(r -> r.get(0).equals(Long.toString(caseId))).map(r -> r.get(countries)).distinct().toList();
        assertEquals(List.of("BS;TT"), newCase, "each country once, sorted, on both victims' rows");
    }

    @Test
    void identifyingFieldsOnlyWhenTickedWithAReasonAndFormulasAreDefused() {
        Api.Reply noReason = api.post("/api/exports", "sup-jm",
                "{\"kind\":\"HTCDS_CASES\",\"filters\":{\"identifying\":[\"NAMES\"]}}");
        assertEquals(400, noReason.status(), noReason.toString());
        assertTrue(noReason.body().contains("reason"), noReason.body());

        String place = "Formula place " + System.nanoTime();
        Api.Reply opened = api.post("/api/cases", "cw1-jm", Cases.intake(Cases.details(place),
                Cases.victim("V-" + place.hashCode()).add("givenName", "=HYPERLINK(\"http://x.example\",\"y\")")));
        assertEquals(201, opened.status(), opened.toString());
        JsonObject evilCase = opened.json();
        JsonObject job = Exports.ask(api, "sup-jm", "{\"kind\":\"HTCDS_CASES\",\"filters\":{\"identifying\":[\"NAMES\",\"BIRTH_DATE\"],"
                + "\"reason\":\"Court order 2026/17 for the criminal trial\"}}");
        assertEquals("DONE", Exports.awaitEnd(api, "sup-jm", Exports.id(job)).getString("status"));
        Api.Reply file = api.get("/api/exports/" + Exports.id(job) + "/file", "sup-jm");
        List<List<String>> csv = CsvParser.parse(file.body());
        List<String> header = csv.get(0);
        assertTrue(header.contains("prs_FirstName") && header.contains("prs_Birthdate"), header.toString());
        assertFalse(header.contains("prs_Email"), "contact not ticked");
        int first = header.indexOf("prs_FirstName");
        String evilCaseId = evilCase.getJsonNumber("id").toString();
        List<String> row = csv.stream().filter(r -> r.get(0).equals(evilCaseId)).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://x.example\",\"y\")", row.get(first), "the formula comes out quoted");
        assertTrue(Cases.count("select count(*) from audit_entry where action = 'CREATE' and record_type = 'export_job'"
                + " and record_id = ? and detail like '%identifying=NAMES,BIRTH_DATE reason=on job%'", Long.toString(Exports.id(job))) == 1,
                "the ticked fields are audited, the reason's text is not");
    }

    @Test
    void analystsDataSetIsKAnonymousAndHoldsOnlyGeneralisedValues() {
        JsonObject job = Exports.ask(api, "analyst", "{\"kind\":\"K_ANONYMOUS\"}");
        JsonObject done = Exports.awaitEnd(api, "analyst", Exports.id(job));
        assertEquals("DONE", done.getString("status"), done.toString());
        Api.Reply file = api.get("/api/exports/" + Exports.id(job) + "/file", "analyst");
        assertEquals(200, file.status());
        List<List<String>> csv = CsvParser.parse(file.body());
        assertEquals(List.of("yearOfRegistration", "gender", "ageBroad", "citizenshipRegion", "typeOfExploitation",
                "countryOfExploitation"), csv.get(0));
        assertTrue(KAnonymityVerifier.measure(file.body()) >= 11, "every combination appears at least 11 times");
    }

    @Test
    void wrongRolesAndUnknownKindsAreRefusedAtTheDoor() {
        assertEquals(400, api.post("/api/exports", "sup-jm", "{\"kind\":\"EVERYTHING\"}").status());
        assertEquals(400, api.post("/api/exports", "sup-jm", "{\"kind\":\"HTCDS_CASES\",\"format\":\"PDF\"}").status());
        assertEquals(400, api.post("/api/exports", "sup-jm", "{\"kind\":\"HTCDS_CASES\",\"filters\":{\"from\":\"yesterday\"}}").status());
        assertEquals(400, api.post("/api/exports", "sup-jm", "{\"kind\":\"HTCDS_CASES\",\"filters\":{\"identifying\":[\"NAMES\"],"
                + "\"reason\":\"needed for \\u202Ethe court case\"}}").status());
        for (String[] refused : new String[][] {{"cw1-jm", "HTCDS_CASES"}, {"partner1-jm", "HTCDS_CASES"}, {"admin", "HTCDS_CASES"},
            {"analyst", "HTCDS_CASES"}, {"sup-jm", "K_ANONYMOUS"}, {"fp-jm", "K_ANONYMOUS"}}) {
            long before = Cases.denied(refused[0], "export_job", null);
            Api.Reply r = api.post("/api/exports", refused[0], "{\"kind\":\"" + refused[1] + "\"}");
            assertEquals(403, r.status(), refused[0] + " " + refused[1] + ": " + r);
            assertEquals(before + 1, Cases.denied(refused[0], "export_job", null), refused[0] + ": audited DENIED");
        }
        long before = Cases.denied("sup-jm", "export_job", null);
        assertEquals(403, api.post("/api/exports", "sup-jm", "{\"kind\":\"HTCDS_CASES\",\"filters\":{\"country\":\"BS\"}}").status(),
                "another country's cases");
        assertEquals(before + 1, Cases.denied("sup-jm", "export_job", null));
    }

    @Test
    void anotherUsersJobIsNotFoundAndTheProbeIsAuditedWithItsIdAndCountry() {
        JsonObject job = Exports.ask(api, "sup-jm", "{\"kind\":\"HTCDS_CASES\"}");
        long id = Exports.id(job);
        Exports.awaitEnd(api, "sup-jm", id);
        for (String other : List.of("sup-bs", "cw1-jm", "analyst", "admin")) {
            long before = Cases.denied(other, "export_job", id);
            assertEquals(404, api.get("/api/exports/" + id, other).status(), other);
            assertEquals(404, api.get("/api/exports/" + id + "/file", other).status(), other);
            assertEquals(before + 2, Cases.denied(other, "export_job", id), other + ": both probes audited DENIED");
            assertEquals(before + 2, Cases.count("select count(*) from audit_entry where action = 'DENIED' and username = ?"
                    + " and record_type = 'export_job' and record_id = ? and record_country = 'JM'", other, Long.toString(id)),
                    other + ": with the owner's country");
            assertTrue(api.get("/api/exports", other).array().stream()
                    .noneMatch(j -> j.asJsonObject().getJsonNumber("id").longValue() == id), other + ": not in their list");
        }
        assertEquals(404, api.get("/api/exports/999999999", "sup-jm").status());
        assertTrue(api.get("/api/exports", "sup-jm").array().stream()
                .anyMatch(j -> j.asJsonObject().getJsonNumber("id").longValue() == id), "in the owner's list");
    }
}
