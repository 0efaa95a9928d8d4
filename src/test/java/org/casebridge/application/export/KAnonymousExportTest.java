package org.casebridge.application.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.casebridge.domain.model.export.CaseExportRow;
import org.junit.jupiter.api.Test;

/** The k-anonymous data set over generated records, measured by an independent verifier. */
class KAnonymousExportTest {

    @Test
    void everyCombinationInTheFileAppearsAtLeastKTimes() throws Exception {
        for (int k : new int[] {2, 5, 11, 25}) {
            List<CaseExportRow> records = generated(20_000, 42 + k);
            String csv = write(k, records, new ExportedIds());
            int measured = KAnonymityVerifier.measure(csv);
            assertTrue(measured >= k, "k=" + k + " but the file's smallest combination appears " + measured + " times");
            List<List<String>> rows = CsvParser.parse(csv);
            assertEquals(QuasiIdentifiers.HEADERS, rows.get(0), "only the generalised quasi-identifiers are published");
            assertTrue(rows.size() - 1 > records.size() / 20, "k=" + k + ": many records survive (" + (rows.size() - 1) + ")");
            assertTrue(rows.size() - 1 < records.size(), "k=" + k + ": rare combinations were suppressed");
        }
    }

    @Test
    void onlyRareCombinationsAreSuppressedAndTheIdsAreThoseWritten() throws Exception {
        List<CaseExportRow> records = generated(3000, 7);
        ExportedIds ids = new ExportedIds();
        String csv = write(11, records, ids);
        Map<List<String>, Integer> input = new HashMap<>();
        records.forEach(r -> input.merge(QuasiIdentifiers.of(r).cells(), 1, Integer::sum));
        long kept = input.values().stream().filter(n -> n >= 11).mapToLong(Integer::longValue).sum();
        assertEquals(kept, CsvParser.parse(csv).size() - 1, "every record of a combination shared by 11 or more is kept");
        assertEquals(kept, ids.victimIds().length, "the ids audited are the records written");
    }

    @Test
    void theVerifierCatchesAFileBelowK() {
        assertEquals(1, KAnonymityVerifier.measure("a,b\r\n1,2\r\n1,2\r\n1,3\r\n"));
    }

    @Test
    void aCombinationThatShrankBetweenThePassesFailsTheExport() {
        List<CaseExportRow> records = generated(500, 3);
        Map<QuasiIdentifiers, Integer> counts = new HashMap<>();
        records.forEach(r -> counts.merge(QuasiIdentifiers.of(r), 1, Integer::sum));
        CaseExportRow voided = records.stream().filter(r -> counts.get(QuasiIdentifiers.of(r)) >= 2).findFirst().orElseThrow();
        int[] pass = {0};
        ExportSource<CaseExportRow> shrinking = sink -> {
            pass[0]++;
            // the second pass misses one record, as if its case was voided meanwhile
            records.stream().filter(r -> pass[0] == 1 || r != voided).forEach(sink);
        };
        // k equal to that record's class size: without it, its class is below k
        int k = counts.get(QuasiIdentifiers.of(voided));
        assertThrows(IOException.class, () -> KAnonymousExport.csv(k).write(shrinking, new ByteArrayOutputStream(), (c, v) -> { }));
    }

    @Test
    void ageBandsAreCtdcs() {
        assertEquals("0-8", QuasiIdentifiers.ageBand(8));
        assertEquals("9-17", QuasiIdentifiers.ageBand(17));
        assertEquals("18-20", QuasiIdentifiers.ageBand(18));
        assertEquals("30-38", QuasiIdentifiers.ageBand(38));
        assertEquals("48+", QuasiIdentifiers.ageBand(80));
        assertEquals("Unknown", QuasiIdentifiers.ageBand(null));
        assertEquals("Caribbean", QuasiIdentifiers.region(List.of("JM")));
        assertEquals("Multiple", QuasiIdentifiers.region(List.of("JM", "VE")));
    }

    private static String write(int k, List<CaseExportRow> records, ExportedIds ids) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KAnonymousExport.csv(k).write(records::forEach, out, ids::add);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Skewed generated records: common combinations and a long tail of rare ones. */
    static List<CaseExportRow> generated(int n, long seed) {
        Random random = new Random(seed);
        String[] genders = {"FEMININE", "FEMININE", "FEMININE", "MASCULINE", "MASCULINE", "NON_CONFORMING", null};
        String[] citizenships = {"JM", "JM", "HT", "HT", "DO", "VE", "CO", "NG", "CN", "US"};
        String[] types = {"SEXUAL_EXPLOITATION", "SEXUAL_EXPLOITATION", "FORCED_LABOUR", "FORCED_LABOUR", "FORCED_BEGGING", "SERVITUDE"};
        String[] countries = {"JM", "JM", "BS", "TT", "TT", "BB", "GY"};
        List<CaseExportRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int year = 2022 + random.nextInt(3);
            LocalDate identified = LocalDate.of(year, 1 + random.nextInt(12), 1);
            int age = random.nextInt(10) < 8 ? 18 + random.nextInt(12) : random.nextInt(70);
            List<String> t = random.nextInt(20) == 0 ? List.of(pick(types, random), "OTHER") : List.of(pick(types, random));
            rows.add(new CaseExportRow(i + 1, "X", "JM", "ACTIVE", identified, t, List.of(), null, List.of(), List.of(),
                    List.of(), List.of(), List.of(pick(countries, random)), (long) (10_000 + i), pick(genders, random),
                    null, null, List.of(pick(citizenships, random)), List.of(), "POSSIBLE", null, null, null, null,
                    identified.minusYears(age).minusDays(1), CaseExportRow.Identity.NONE));
        }
        return rows;
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
