package org.casebridge.application.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.ForcedLabourIndustry;
import org.casebridge.domain.model.casefile.MethodOfControl;
import org.casebridge.domain.model.casefile.MethodOfRecruitment;
import org.casebridge.domain.model.casefile.SexExploitationType;
import org.casebridge.domain.model.casefile.WebsiteOrApp;
import org.casebridge.domain.model.export.CaseExportRow;
import org.casebridge.domain.model.export.IdentifyingField;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.StatusDecisionOrg;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTCDS export against IOM's field list: field names, value names, identifying fields, formula-safe cells. */
class HtcdsExportTest {

    private static HtcdsFieldStandard standard;

    @BeforeAll
    static void readStandard() throws Exception {
        standard = new HtcdsFieldStandard();
        assertTrue(standard.hasField("prs_Gender") && standard.values("prs_Gender").contains("Feminine"), "the field list was read");
    }

    @Test
    void everyColumnIsAFieldOfTheStandardOrADocumentedExtension() throws Exception {
        String mapping = Files.readString(Path.of("docs/htcds-mapping.md"));
        List<String> header = write(EnumSet.allOf(IdentifyingField.class), rows()).get(0);
        for (String column : header) {
            if (column.startsWith(HtcdsColumns.EXTENSION)) {
                assertTrue(mapping.contains("`" + column + "`"), column + " is an extension documented in docs/htcds-mapping.md");
            } else {
                assertTrue(standard.hasField(column), column + " is a field of HTCDS 2.0");
            }
            assertTrue(mapping.contains("`" + column + "`"), column + " is in the mapping table");
        }
    }

    @Test
    void codedFieldsHoldTheStandardsValueNamesForEveryCode() throws Exception {
        List<List<String>> csv = write(EnumSet.noneOf(IdentifyingField.class), rows());
        List<String> header = csv.get(0);
        int checked = 0;
        for (int c = 0; c < header.size(); c++) {
            Set<String> allowed = standard.values(header.get(c));
            if (allowed.isEmpty()) {
                continue;
            }
            for (List<String> row : csv.subList(1, csv.size())) {
                for (String value : row.get(c).split(";")) {
                    if (!value.isEmpty()) {
                        assertTrue(allowed.contains(value), header.get(c) + ": " + value + " is one of the standard's value names");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 150, "every code of every coded field was written (" + checked + ")");
    }

    @Test
    void identifyingFieldsAreAbsentUnlessTicked() throws Exception {
        List<CaseExportRow> rows = rows();
        String none = text(EnumSet.noneOf(IdentifyingField.class), rows);
        for (String h : HtcdsColumns.identifyingHeaders()) {
            assertFalse(none.contains(h), h + " absent when nothing is ticked");
        }
        assertFalse(none.contains("Canarygiven") || none.contains("canary@example.org") || none.contains("1990-02-03"),
                "no name, contact or birth date in the file");
        List<String> names = write(EnumSet.of(IdentifyingField.NAMES), rows).get(0);
        assertTrue(names.contains("prs_FirstName") && names.contains("prs_SecondName"));
        assertFalse(names.contains("prs_Birthdate") || names.contains("prs_Email"));
        String named = text(EnumSet.of(IdentifyingField.NAMES), rows);
        assertTrue(named.contains("Canarygiven"));
        assertFalse(named.contains("canary@example.org") || named.contains("1990-02-03"));
        String all = text(EnumSet.allOf(IdentifyingField.class), rows);
        assertTrue(all.contains("canary@example.org") && all.contains("1990-02-03") && all.contains("+18765550100"));
    }

    @Test
    void aNameStartingWithEqualsComesOutDefused() throws Exception {
        CaseExportRow evil = row(7, 70L, CaseStatus.ACTIVE, Gender.MASCULINE, TraffickingStatus.ACTUAL,
                new CaseExportRow.Identity("=HYPERLINK(\"http://evil\",\"x\")", "+SUM(1,2)", "-1", "@x", "a,b"));
        List<List<String>> csv = write(EnumSet.allOf(IdentifyingField.class), List.of(evil));
        List<String> header = csv.get(0);
        List<String> row = csv.get(1);
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", row.get(header.indexOf("prs_FirstName")));
        assertEquals("'+SUM(1,2)", row.get(header.indexOf("prs_SecondName")));
        assertEquals("'-1", row.get(header.indexOf("prs_MobilePhone")));
        assertEquals("'@x", row.get(header.indexOf("prs_Email")));
        assertEquals("a,b", row.get(header.indexOf("prs_MailingStreet")));
        for (List<String> r : csv) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "no cell starts a formula: " + cell);
            }
        }
    }

    @Test
    void oneRowPerRecordWithTheIdsReported() throws Exception {
        List<CaseExportRow> rows = rows();
        ExportedIds ids = new ExportedIds();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtcdsCaseExport.csv(HtcdsColumns.of(Set.of())).write(rows::forEach, out, ids::add);
        assertEquals(rows.size() + 1, CsvParser.parse(out.toString(StandardCharsets.UTF_8)).size());
        assertEquals(rows.stream().map(CaseExportRow::caseId).distinct().count(), ids.caseIds().length);
    }

    private static List<List<String>> write(Set<IdentifyingField> ticked, List<CaseExportRow> rows) throws Exception {
        return CsvParser.parse(text(ticked, rows));
    }

    private static String text(Set<IdentifyingField> ticked, List<CaseExportRow> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtcdsCaseExport.csv(HtcdsColumns.of(ticked)).write(rows::forEach, out, (c, v) -> { });
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Rows that together use every code of every coded field, each with canary identifying values. */
    static List<CaseExportRow> rows() {
        List<CaseExportRow> rows = new ArrayList<>();
        CaseExportRow.Identity canary = new CaseExportRow.Identity("Canarygiven", "Canaryfamily", "+18765550100",
                "canary@example.org", "1 Canary Lane");
        int n = 40;
        for (int i = 0; i < n; i++) {
            rows.add(row(i + 1, (long) (100 + i), pick(CaseStatus.values(), i), pick(Gender.values(), i),
                    pick(TraffickingStatus.values(), i), canary));
        }
        return rows;
    }

    private static CaseExportRow row(long caseId, Long victimId, CaseStatus status, Gender gender, TraffickingStatus ts,
            CaseExportRow.Identity identity) {
        int i = (int) caseId;
        return new CaseExportRow(caseId, "JM-2026-" + String.format("%05d", caseId), "JM", status.name(), LocalDate.of(2025, 3, 1),
                List.of(pick(ExploitationType.values(), i).name(), pick(ExploitationType.values(), i + 5).name()),
                List.of(pick(SexExploitationType.values(), i).name()), pick(ForcedLabourIndustry.values(), i).name(),
                List.of(pick(MethodOfControl.values(), i).name()), List.of(pick(MethodOfRecruitment.values(), i).name()),
                List.of(pick(WebsiteOrApp.values(), i).name()), List.of(pick(WebsiteOrApp.values(), i + 7).name()),
                List.of("BS", "TT"), victimId, gender.name(), null, null, List.of("JM", "HT"), List.of("en", "es", "ht"),
                ts.name(), pick(StatusDecisionOrg.values(), i).name(), 17, pick(RelationshipToTrafficker.values(), i).name(),
                null, LocalDate.of(1990, 2, 3), identity);
    }

    private static <E> E pick(E[] values, int i) {
        return values[Math.floorMod(i, values.length)];
    }

    static List<String> all(Object[] values) {
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
