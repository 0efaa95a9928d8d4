package org.casebridge.application.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditRecord;
import org.casebridge.domain.model.shared.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rules of a download of a list: at most {@code casebridge.download.max-rows} rows (a larger list is
 * refused with a message, never cut short, so that no file looks complete when it is not), and an
 * EXPORT entry on the audit trail with the ids of every row it holds, written in the caller's
 * transaction. The ids of a long download are spread over as many entries as one entry's list holds,
 * each naming its part ({@code part=2/3}).
 */
@ApplicationScoped
public class Exports {

    /** The configuration key of the limit; background exports read the same key. */
    public static final String MAX_ROWS = "casebridge.download.max-rows";
    /** The audit field name of a refused download. */
    public static final String FIELD = "export";

    @Inject
    @ConfigProperty(name = MAX_ROWS, defaultValue = "5000")
    int maxRows;

    @Inject
    AuditTrail audit;

    public int maxRows() {
        return maxRows;
    }

    /** How many rows to read to know whether a list is over the limit: one more than it. */
    public int rowsToRead() {
        return maxRows + 1;
    }

    /** The rows read with {@link #rowsToRead()}, or a refusal when there are more than the limit. */
    public <T> List<T> withinLimit(List<T> rows) {
        if (rows.size() > maxRows) {
            throw ValidationException.of(FIELD, "error.download.tooManyRows", maxRows);
        }
        return rows;
    }

    /**
     * The download on the trail: EXPORT entries of the record type with the ids it holds, the format and
     * the number of rows in the detail (a detail in the trail's character set, e.g. {@code filtered}).
     */
    public void record(String recordType, List<?> ids, String format, String detail) {
        List<List<String>> parts = parts(ids);
        for (int i = 0; i < parts.size(); i++) {
            String d = format + " rows=" + ids.size() + (parts.size() > 1 ? " part=" + (i + 1) + "/" + parts.size() : "")
                    + (detail == null || detail.isBlank() ? "" : " " + detail);
            audit.record(AuditEvent.list(AuditAction.EXPORT, recordType, parts.get(i), d));
        }
    }

    /** The ids in lists that each fit one audit entry; one empty list for a download without rows. */
    static List<List<String>> parts(List<?> ids) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        int length = 0;
        for (Object id : ids) {
            String s = String.valueOf(id);
            int added = part.isEmpty() ? s.length() : s.length() + 1;
            if (length + added > AuditRecord.SHOWN_IDS_MAX) {
                parts.add(part);
                part = new ArrayList<>();
                added = s.length();
                length = 0;
            }
            part.add(s);
            length += added;
        }
        parts.add(part);
        return parts;
    }
}
