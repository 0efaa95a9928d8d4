package org.casebridge.interfaces.shared.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.casebridge.interfaces.shared.export.Spreadsheet.Column;
import org.casebridge.interfaces.shared.web.Downloads;

/** A file answered over REST as a download: the headers of {@link Downloads}, the body streamed. */
public final class RestDownload {

    private RestDownload() {
    }

    public static Response of(String fileName, String contentType, ScreenDownload.Body body) {
        StreamingOutput stream = body::writeTo;
        Response.ResponseBuilder r = Response.ok(stream, contentType);
        Downloads.attachmentHeaders(fileName).forEach(r::header);
        return r.build();
    }

    /** A list's rows (already checked and audited by its service) as an XLSX download. */
    public static <T> Response xlsx(String list, String sheetName, List<Column<T>> columns, List<T> rows) {
        return of(Spreadsheet.fileName(list), Spreadsheet.MEDIA_TYPE, out -> Spreadsheet.write(sheetName, columns, rows, out));
    }
}
