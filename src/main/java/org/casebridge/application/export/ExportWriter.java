package org.casebridge.application.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an export's file from its streamed rows. One writer per kind and format; a new kind (a list as
 * XLSX, a case summary as PDF) brings its own writer, and its cells go through {@link SpreadsheetText#safe}.
 */
public interface ExportWriter<T> {

    /** Writes the whole file to {@code out}, reporting every row written to {@code progress}. */
    void write(ExportSource<T> source, OutputStream out, ExportProgress progress) throws IOException;
}
