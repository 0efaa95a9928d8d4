package org.casebridge.application.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.casebridge.domain.model.audit.AuditRecord;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class ExportsTest {

    @Test
    void aListOverTheLimitIsRefusedWithAMessageNeverCut() {
        Exports exports = new Exports();
        exports.maxRows = 3;
        assertEquals(4, exports.rowsToRead());
        assertEquals(List.of(1, 2, 3), exports.withinLimit(List.of(1, 2, 3)));
        ValidationException e = assertThrows(ValidationException.class, () -> exports.withinLimit(List.of(1, 2, 3, 4)));
        assertEquals(Message.of("error.download.tooManyRows", 3), e.fieldErrors().get(Exports.FIELD));
    }

    @Test
    void everyIdOfALongDownloadIsOnTheTrailInPartsThatFitAnEntry() {
        List<Long> ids = LongStream.rangeClosed(1_000_000, 1_005_000).boxed().toList();
        List<List<String>> parts = Exports.parts(ids);
        assertTrue(parts.size() > 1, "5001 ids of 7 digits do not fit one entry");
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            assertTrue(String.join(",", part).length() <= AuditRecord.SHOWN_IDS_MAX);
            all.addAll(part);
        }
        assertEquals(ids.stream().map(String::valueOf).toList(), all, "every id once, in order");
        assertEquals(List.of(List.of()), Exports.parts(List.of()), "an empty download is one entry with no ids");
    }

    @Test
    void cellsASpreadsheetWouldRunGetAnApostrophe() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + formula, SpreadsheetText.safe(formula));
        }
        assertEquals("JM-2026-00001", SpreadsheetText.safe("JM-2026-00001"));
        assertEquals("a=b", SpreadsheetText.safe("a=b"));
        assertEquals("", SpreadsheetText.safe(null));
        assertEquals("", SpreadsheetText.safe(""));
    }
}
