package org.casebridge.interfaces.shared.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casebridge.interfaces.shared.export.Spreadsheet.Column;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    private static final List<Column<String[]>> COLUMNS = List.of(new Column<>("Number", r -> r[0]),
            new Column<>("Place", r -> r[1]));

    @Test
    void aFormulaTypedByAUserComesOutAsTextWithAnApostrophe() throws IOException {
        List<List<String>> read = readBack(write(List.of(new String[] {"JM-1", "=HYPERLINK(\"http://x\",\"y\")"},
                new String[] {"JM-2", "@cmd"}, new String[] {"JM-3", "Kingston"}, new String[] {"JM-4", null})));
        assertEquals(List.of(List.of("Number", "Place"), List.of("JM-1", "'=HYPERLINK(\"http://x\",\"y\")"),
                List.of("JM-2", "'@cmd"), List.of("JM-3", "Kingston"), List.of("JM-4", "")), read);
    }

    @Test
    void manyRowsStreamThroughInOrder() throws IOException {
        List<String[]> rows = IntStream.range(0, 1000).mapToObj(i -> new String[] {"N" + i, "P" + i}).toList();
        List<List<String>> read = readBack(write(rows));
        assertEquals(1001, read.size());
        assertEquals(List.of("N999", "P999"), read.get(1000));
    }

    private static byte[] write(List<String[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet.write("Test", COLUMNS, rows, out);
        return out.toByteArray();
    }

    /** Every cell as text, failing on any cell that is not a text cell (a formula above all). */
    static List<List<String>> readBack(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    assertEquals(CellType.STRING, cell.getCellType(), "every cell is text");
                    cells.add(cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
