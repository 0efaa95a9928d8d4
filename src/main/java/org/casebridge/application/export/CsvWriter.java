package org.casebridge.application.export;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: UTF-8, CRLF after every record, a field in double quotes when it holds a
 * comma, a quote, a line break or a leading or trailing space, with its quotes doubled. Every cell first
 * goes through {@link SpreadsheetText#safe}, so that no cell is run as a formula when the file is opened
 * in a spreadsheet.
 */
public final class CsvWriter implements Flushable {

    private final Writer out;

    public CsvWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
    }

    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell as it goes into the file: formula-safe, then quoted if it must be. */
    public static String field(String value) {
        String safe = SpreadsheetText.safe(value);
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || (!safe.isEmpty() && (safe.charAt(0) == ' ' || safe.charAt(safe.length() - 1) == ' '));
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
