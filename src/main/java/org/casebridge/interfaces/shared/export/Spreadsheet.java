package org.casebridge.interfaces.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import java.util.function.Consumer;
import org.casebridge.application.export.ExportSource;
import org.casebridge.application.export.SpreadsheetText;

/**
 * A list as an XLSX workbook: one sheet, a header row with the table's column names, one row per list
 * row. Streamed (SXSSF keeps a window of rows in memory, the rest in a compressed temporary file removed
 * when the workbook closes). Every cell is a text cell that went through {@link SpreadsheetText#safe}, so
 * that nothing a user typed becomes a formula; no cell is ever a formula.
 */
public final class Spreadsheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int WINDOW = 100;

    private Spreadsheet() {
    }

    /** A column: its header and the text of a row's cell. */
    public record Column<T>(String header, Function<T, String> value) {

        public static <T> Column<T> of(String labelKey, Function<T, String> value) {
            return new Column<>(Labels.text(labelKey), value);
        }
    }

    public static <T> void write(String sheetName, List<Column<T>> columns, List<T> rows, OutputStream out)
            throws IOException {
        write(sheetName, columns, rows::forEach, row -> { }, out);
    }

    /**
     * The same workbook from rows streamed from {@code rows} (read once, a page at a time, as a background
     * export reads them), telling {@code written} of each row once its cells are written. No more than
     * the window of rows is in memory; the temporary file is removed when the workbook closes, also on failure.
     */
    public static <T> void write(String sheetName, List<Column<T>> columns, ExportSource<T> rows, Consumer<T> written,
            OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(null, WINDOW, true)) {
            SXSSFSheet sheet = book.createSheet(sheetName);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(SpreadsheetText.safe(columns.get(c).header()));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] r = {1};
            rows.forEach(row -> {
                Row line = sheet.createRow(r[0]++);
                for (int c = 0; c < columns.size(); c++) {
                    line.createCell(c).setCellValue(SpreadsheetText.safe(columns.get(c).value().apply(row)));
                }
                written.accept(row);
            });
            book.write(out);
        }
    }

    /** A file name for a list's download: {@code cases-2026-12-03.xlsx}. */
    public static String fileName(String list) {
        return list + "-" + java.time.LocalDate.now() + ".xlsx";
    }
}
