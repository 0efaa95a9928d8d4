package org.casebridge.application.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void cellsASpreadsheetWouldRunGetALeadingApostrophe() {
        assertEquals("'=HYPERLINK(\"x\")", SpreadsheetText.safe("=HYPERLINK(\"x\")"));
        assertEquals("'+1", SpreadsheetText.safe("+1"));
        assertEquals("'-2", SpreadsheetText.safe("-2"));
        assertEquals("'@SUM(A1)", SpreadsheetText.safe("@SUM(A1)"));
        assertEquals("'\tx", SpreadsheetText.safe("\tx"));
        assertEquals("'\rx", SpreadsheetText.safe("\rx"));
        assertEquals("Ann", SpreadsheetText.safe("Ann"));
        assertEquals("a=b", SpreadsheetText.safe("a=b"));
        assertEquals("", SpreadsheetText.safe(null));
        assertEquals("", SpreadsheetText.safe(""));
    }

    @Test
    void aFormulaWithACommaIsBothDefusedAndQuoted() {
        assertEquals("\"'=SUM(A1,A2)\"", CsvWriter.field("=SUM(A1,A2)"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvWriter.field("=HYPERLINK(\"http://x\")"));
    }

    @Test
    void fieldsAreQuotedAsRfc4180Says() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("plain", "with,comma", "with \"quote\"", "two\nlines", " padded", ""));
        csv.row(Arrays.asList("a", null));
        csv.flush();
        assertEquals("plain,\"with,comma\",\"with \"\"quote\"\"\",\"two\nlines\",\" padded\",\r\na,\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textOutsideAsciiIsWrittenAsUtf8() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("Zoë", "Ñandú"));
        csv.flush();
        assertEquals("Zoë,Ñandú\r\n", new String(out.toByteArray(), StandardCharsets.UTF_8));
    }
}
